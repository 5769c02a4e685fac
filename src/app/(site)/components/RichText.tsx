import { type JSXConvertersFunction, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import React from 'react'

import type { FigureView } from '../lib/figures'

import { InlineFigure } from './Figures'

/** Body text from Lexical, with every inline key figure rendered with its source. */
export const RichText = ({ className, data }: { className?: string; data: unknown }) => {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  let inlineIndex = 0
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    inlineBlocks: {
      keyFigure: ({ node }: { node: { fields: FigureView } }) => <InlineFigure figure={node.fields} index={inlineIndex++} />,
    },
  })
  return <LexicalRichText className={className} converters={converters} data={data as never} disableContainer={!className} />
}
