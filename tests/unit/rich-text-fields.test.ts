import type { Field } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { richTextPathsIn, setValueAt, valueAt, withFigureEditor } from '../../src/plugins/key-figures/fields/richTextFields'

const text = (name: string): Field => ({ name, type: 'richText' })

/** Rich text in every place a field can sit: only those with one data path per document hold inline figures. */
const fields: Field[] = [
  text('body'),
  { name: 'intro', type: 'group', fields: [text('text'), { type: 'row', fields: [text('aside')] }] },
  { type: 'group', label: 'Zonder naam', fields: [text('lead')] } as Field,
  { type: 'collapsible', label: 'Meer', fields: [text('more')] },
  {
    type: 'tabs',
    tabs: [
      { label: 'Inhoud', fields: [text('main')] },
      { name: 'seo', label: 'SEO', fields: [text('summary')] },
    ],
  },
  { name: 'rows', type: 'array', fields: [text('cell')] },
  { name: 'layout', type: 'blocks', blocks: [{ slug: 'quote', fields: [text('quote')] }] },
]

describe('the rich-text fields of a collection (one walk for the editor and the paths)', () => {
  it('lists the data paths of rich text outside arrays and blocks', () => {
    expect(richTextPathsIn(fields)).toEqual(['body', 'intro.text', 'intro.aside', 'lead', 'more', 'main', 'seo.summary'])
  })

  it('gives exactly those fields the editor, and leaves the rest as they were', () => {
    const editor = (() => ({})) as never
    const mapped = withFigureEditor(fields, editor)
    const withEditor: string[] = []
    JSON.stringify(mapped, (key, value) => {
      if (value && typeof value === 'object' && value.type === 'richText' && value.editor === editor) withEditor.push(value.name)
      return value
    })
    expect(withEditor.sort()).toEqual(['aside', 'body', 'lead', 'main', 'more', 'summary', 'text'])
    expect(mapped[5]).toBe(fields[5])
    expect(fields[0]).toEqual(text('body'))
  })

  it('reads and writes a value by its dotted path', () => {
    const doc: Record<string, unknown> = { intro: { text: 1 } }
    expect(valueAt(doc, 'intro.text')).toBe(1)
    expect(valueAt(doc, 'seo.summary')).toBeUndefined()
    setValueAt(doc, 'intro.text', 2)
    setValueAt(doc, 'seo.summary', 3)
    expect(doc).toEqual({ intro: { text: 2 } })
  })
})
