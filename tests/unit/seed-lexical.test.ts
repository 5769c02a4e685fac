import { describe, expect, it } from '@jest/globals'

import { lexicalToText, markdownToLexical } from '../../src/seed/lexical'

const types = (markdown: string) => (markdownToLexical(markdown).root.children as { type: string; tag?: string; listType?: string }[]).map((node) => [node.type, node.listType ?? node.tag ?? ''].join(':'))

describe('markdownToLexical', () => {
  it('builds headings, paragraphs, lists and quotes', () => {
    const markdown = ['## 2.2. Burgers versterken', '', 'Een eerste\nalinea.', '', '- een\n- twee\n  vervolg', '', '1. eerst\n2. dan', '', '> Samen leren werkt.'].join('\n')
    expect(types(markdown)).toEqual(['heading:h2', 'paragraph:', 'list:bullet', 'list:number', 'quote:'])
    const text = lexicalToText(markdownToLexical(markdown))
    expect(text).toContain('Een eerste alinea.')
    expect(text).toContain('twee vervolg')
  })

  it('keeps a heading followed directly by its paragraph', () => {
    expect(types('### Titel\nTekst onder de titel.')).toEqual(['heading:h3', 'paragraph:'])
  })

  it('marks bold and italic text', () => {
    const paragraph = (markdownToLexical('Dit is **vet** en *schuin*.').root.children as unknown[])[0] as { children: { format: number; text: string }[] }
    expect(paragraph.children.map((node) => [node.text, node.format])).toEqual([
      ['Dit is ', 0],
      ['vet', 1],
      [' en ', 0],
      ['schuin', 2],
      ['.', 0],
    ])
  })

  it('gives an empty document for empty text', () => {
    expect(markdownToLexical('  \n\n ').root.children).toEqual([])
  })
})
