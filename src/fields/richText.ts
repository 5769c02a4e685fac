import type { RichTextField } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'

/** The rich-text editor every body uses; the key-figures plugin adds its inline block to it. */
export const bodyEditor = () => lexicalEditor({})

export const richTextField = (
  name: string,
  label: { en: string; nl: string },
  overrides: Partial<RichTextField> = {},
): RichTextField => ({
  name,
  type: 'richText',
  label,
  editor: bodyEditor(),
  ...overrides,
})
