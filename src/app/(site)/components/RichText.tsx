import { type JSXConvertersFunction, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import React from 'react'

import { figureDomId, type FigureView } from '../lib/receipts'
import { Figure } from './Figure'

/** Body text from Lexical, with every inline key figure printed with its receipt. */
export const RichText = ({ className, data, idPrefix = 'tekst', reportName }: { className?: string; data: unknown; idPrefix?: string; reportName: string }) => {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  let inlineIndex = 0
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    inlineBlocks: {
      keyFigure: ({ node }: { node: { fields: FigureView } }) => (
        <Figure domId={figureDomId(idPrefix, node.fields.id, inlineIndex++)} figure={node.fields} reportName={reportName} />
      ),
    },
  })
  return <LexicalRichText className={className} converters={converters} data={data as never} disableContainer={!className} />
}
