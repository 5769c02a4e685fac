import { describe, expect, it } from '@jest/globals'

import { CORE_NODE_TYPES, richTextProblems } from '../../../src/plugins/input-guard/lexical'
import { DEFAULT_RICH_TEXT_LIMITS } from '../../../src/plugins/input-guard/options'

const limits = DEFAULT_RICH_TEXT_LIMITS
const nodeTypes = new Set([...CORE_NODE_TYPES, 'heading', 'link', 'autolink', 'list', 'listitem', 'inlineBlock'])
const text = (value: string) => ({ detail: 0, format: 0, mode: 'normal', style: '', text: value, type: 'text', version: 1 })
const paragraph = (...children: unknown[]) => ({ children, direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1 })
const doc = (...children: unknown[]) => ({ root: { children, direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 } })
const link = (url: unknown, type = 'link') => ({ children: [text('klik')], fields: { linkType: 'custom', newTab: false, url }, type, version: 3 })
const nested = (depth: number) => {
  let node: unknown = text('x')
  for (let level = 0; level < depth; level++) node = paragraph(node)
  return doc(node)
}
const problems = (value: unknown, options = {}) => richTextProblems(value, { limits, nodeTypes, ...options }).map((message) => message.nl)

describe('rich text must be valid Lexical JSON within its limits', () => {
  it('accepts what the editor stores, and empty values', () => {
    expect(problems(doc(paragraph(text('Hallo '), link('https://socius.be')), { children: [{ children: [text('punt')], type: 'listitem', value: 1, version: 1 }], listType: 'bullet', type: 'list', version: 1 }))).toEqual([])
    expect(problems(null)).toEqual([])
    expect(problems(undefined)).toEqual([])
  })

  it.each([
    ['a plain string', '<p>Hallo</p>', /verwacht opgemaakte tekst .* kreeg tekst/],
    ['a number', 42, /kreeg een getal/],
    ['a list', [paragraph(text('x'))], /kreeg een lijst/],
    ['an object without root', { children: [] }, /kreeg een object/],
  ])('refuses %s', (_what, value, message) => {
    expect(problems(value)).toEqual([expect.stringMatching(message)])
  })

  it('refuses a root of another type, children that are not a list, nodes without a type and text nodes without text', () => {
    expect(problems({ root: { children: [], type: 'paragraph' } })).toEqual(['de bovenste knoop moet type "root" hebben'])
    expect(problems({ root: { children: 'x', type: 'root' } })).toEqual(expect.arrayContaining(['de root-knoop heeft een lijst kinderen nodig']))
    expect(problems(doc('tekst'))).toEqual(['knoop root > 0 moet een object met een "type" zijn'])
    expect(problems(doc(paragraph({ type: 'text' })))).toEqual(['tekstknoop root > 0 > 0 heeft "text" nodig'])
    expect(problems(doc(paragraph(), { root: {}, type: 'root' }))).toEqual(['knoop root > 1: "root" mag enkel bovenaan'])
  })

  it('refuses node types the editor does not know, and accepts any type when it cannot tell', () => {
    expect(problems(doc({ children: [], type: 'script', version: 1 }))).toEqual(['knoop root > 0 heeft een onbekend type "script"'])
    expect(problems(doc({ children: [], type: 'script', version: 1 }), { nodeTypes: undefined })).toEqual([])
  })

  it('refuses a body nested deeper than the limit without overflowing the stack, at 10,000 and at 1,000,000 levels', () => {
    expect(problems(nested(limits.maxDepth - 1))).toEqual([])
    expect(problems(nested(limits.maxDepth + 1))).toEqual([expect.stringMatching(/^te diep genest: hoogstens 50 niveaus \(bij root > 0 > 0 > 0 > … > 0 > 0\)$/)])
    expect(problems(nested(10_000))).toEqual([expect.stringContaining('te diep genest')])
    expect(problems(nested(1_000_000))).toEqual([expect.stringContaining('te diep genest')])
  })

  it('refuses more nodes or more text than the limits allow, naming the limit', () => {
    expect(problems(doc(...Array.from({ length: 11 }, () => paragraph())), { limits: { ...limits, maxNodes: 10 } })).toEqual(['te veel onderdelen: hoogstens 10 knopen'])
    expect(problems(doc(paragraph(text('x'.repeat(11)))), { limits: { ...limits, maxTextLength: 10 } })).toEqual(['hoogstens 10 tekens tekst (dit zijn er 11)'])
    expect(problems(doc(paragraph(text('x'.repeat(10)))), { limits: { ...limits, maxTextLength: 10 } })).toEqual([])
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('refuses a link or autolink to %j', (url) => {
    expect(problems(doc(paragraph(link(url))))).toEqual([expect.stringMatching(/^link .* gebruikt (javascript|data|vbscript|file):; enkel http\(s\), mailto, tel of een pad op deze site \(bij root > 0 > 0\)$/)])
    expect(problems(doc(paragraph(link(url, 'autolink'))))).toHaveLength(1)
  })

  it.each(['https://socius.be/a?b=c#d', 'http://example.org', 'mailto:info@socius.be', 'tel:+3221234567', '/jaarverslagen/2024', '#voetnoot-1', 'verslag.pdf', ''])(
    'accepts a link to %j',
    (url) => {
      expect(problems(doc(paragraph(link(url))))).toEqual([])
    },
  )

  it('refuses a link address that is not text, or too long', () => {
    expect(problems(doc(paragraph(link({ href: 'x' }))))).toEqual(['een linkadres moet tekst zijn (bij root > 0 > 0)'])
    expect(problems(doc(paragraph(link(`https://socius.be/${'a'.repeat(2048)}`))))).toEqual(['een linkadres van hoogstens 2048 tekens (bij root > 0 > 0)'])
  })

  it('gives both languages', () => {
    expect(richTextProblems('x', { limits })[0].en).toBe('expected rich text (Lexical JSON: an object with a "root" node), got text')
  })
})
