import { describe, expect, it } from '@jest/globals'

import { bindNumberInRichText, findNumbersInRichText, findNumbersInText, suggestRecordsFor } from '../../../src/plugins/key-figures/engine/unboundNumbers'
import { featuredArticles } from '../../../src/seed/content/featuredArticles'
import { markdownToLexical } from '../../../src/seed/lexical'

const numbers = (text: string) => findNumbersInText(text).map((found) => found.text)

describe('numbers in text, as the report prints them', () => {
  it.each([
    ['We telden 1.540 deelnemers.', ['1.540']],
    ['Een stijging van 8,7% en 85 %.', ['8,7%', '85 %']],
    ['Een NPS van +39 en -12 bij de start.', ['+39', '-12']],
    ['Samen 720u45 vorming.', ['720u45']],
    ['Een budget van 1.552.000,00 € en € 5.', ['1.552.000,00 €', '5']],
    ['Een 30-tal organisaties en het 15-stromenland.', ['30', '15']],
    ['In 2 tot 3 sessies, 2-3 uur.', ['2', '3', '2', '3']],
  ])('%s finds %j', (text, expected) => {
    expect(numbers(text)).toEqual(expected)
  })

  it.each([
    ['Op 21 november 2024 kwamen we samen.', []],
    ['Op 7/12/2026 en 7-12-2026.', []],
    ['In 2024 groeide het aanbod.', []],
    ['Het schooljaar 2023-2024.', []],
    ['Zie p. 12, pag. 4-5, pagina 30 en blz. 7.', []],
    ['Zoals vermeld[3] in de bron.', []],
    ['Een score van -100 tot +100.', []],
    ['Tweemaal, vijf @home-vormingen en twee derde.', []],
    ['Op 3 en 4 oktober waren er 200 bezoekers.', ['200']],
  ])('the rule leaves out dates, page references, footnote markers, scales and words: %s', (text, expected) => {
    expect(numbers(text)).toEqual(expected)
  })

  it('reads the unit from the printed style', () => {
    expect(findNumbersInText('82% van 1.540, 720u45, 12 €').map((found) => found.unit)).toEqual(['percent', 'count', 'duration', 'euro'])
  })
})

describe('numbers in rich text', () => {
  const paragraph = (...children: object[]) => ({ children, type: 'paragraph' })
  const text = (value: string, format = 0) => ({ format, text: value, type: 'text' })
  const figure = (shown: string) => ({ fields: { blockType: 'keyFigure', shown }, type: 'inlineBlock' })

  it('counts inline figures as bound, other numbers as unbound, and skips superscript footnote markers', () => {
    const value = {
      root: {
        children: [
          paragraph(text('Er waren '), figure('1.540'), text(' deelnemers'), text('2', 64), text(' en 171 vragen.')),
          { children: [{ children: [text('Ook 12 scholen')], type: 'listitem' }], type: 'list' },
        ],
        type: 'root',
      },
    }
    const found = findNumbersInRichText(value)
    expect(found.bound).toBe(1)
    expect(found.unbound.map((number) => [number.text, number.block])).toEqual([
      ['171', 0],
      ['12', 1],
    ])
  })

  it('finds the numbers the seed README lists for the Trefdag article, and not its date', () => {
    const article = featuredArticles.find((candidate) => candidate.title.startsWith('Trefdag'))!
    const found = findNumbersInRichText(markdownToLexical(article.lead ?? ''))
    expect(found.unbound.map((number) => number.text)).toEqual(['178', '40'])
  })
})

describe('suggested records', () => {
  const dataset = { slug: 'deelnemers-2024', title: 'Deelnemers 2024' }
  const records = [
    { dataset, id: 1, key: 'totaal', label: 'Totaal', unit: 'count' as const, value: '1540' },
    { dataset, id: 2, key: 'aandeel', label: 'Aandeel', unit: 'percent' as const, value: '82' },
    { dataset, id: 3, key: 'nps', label: 'NPS', unit: 'score' as const, value: '39' },
    { dataset, id: 4, key: 'afgerond', label: 'Bijna', unit: 'count' as const, value: '1539.6' },
    { dataset, id: 5, key: 'klein', label: 'Vijf', unit: 'count' as const, value: '5' },
  ]
  const suggest = (text: string) => suggestRecordsFor(findNumbersInText(text)[0], records).map((record) => record.key)

  it('suggests only records whose printed value is the number exactly', () => {
    expect(suggest('1.540 deelnemers')).toEqual(['totaal'])
    expect(suggest('82% tevreden')).toEqual(['aandeel'])
    expect(suggest('een NPS van +39')).toEqual(['nps'])
    expect(suggest('82 mensen')).toEqual([])
    expect(suggest('1.539 mensen')).toEqual([])
    expect(suggest('6 organisaties')).toEqual([])
    expect(suggest('5 organisaties')).toEqual(['klein'])
  })
})

describe('binding a number with one click', () => {
  const value = () => ({
    root: {
      children: [
        { children: [{ format: 1, text: 'Er waren 171 vragen en 12 scholen.', type: 'text' }], type: 'paragraph' },
        { children: [{ text: 'Nog 5 meer.', type: 'text' }], type: 'paragraph' },
      ],
      type: 'root',
    },
  })
  const fields = { label: 'Vragen', record: 7, shown: '171', unit: 'count' }

  it('turns the number into an inline figure, splitting the text around it and keeping its format', () => {
    const [first] = findNumbersInRichText(value()).unbound
    const bound = bindNumberInRichText(value(), first, fields) as { root: { children: { children: Record<string, unknown>[] }[] } }
    expect(bound.root.children[0].children).toEqual([
      { format: 1, text: 'Er waren ', type: 'text' },
      { fields: { ...fields, blockType: 'keyFigure' }, format: '', type: 'inlineBlock', version: 1 },
      { format: 1, text: ' vragen en 12 scholen.', type: 'text' },
    ])
    expect(findNumbersInRichText(bound)).toMatchObject({ bound: 1, unbound: [{ text: '12' }, { text: '5' }] })
  })

  it('binds a number in a later paragraph, and leaves the input untouched', () => {
    const input = value()
    const target = findNumbersInRichText(input).unbound[2]
    const bound = bindNumberInRichText(input, target, { ...fields, shown: '5' }) as { root: { children: { children: unknown[] }[] } }
    expect(bound.root.children[1].children).toHaveLength(3)
    expect(input.root.children[1].children).toHaveLength(1)
  })

  it('changes nothing when the number is no longer where it was found', () => {
    expect(bindNumberInRichText(value(), { block: 0, index: 9, text: '172' }, fields)).toBeNull()
    expect(bindNumberInRichText(value(), { block: 4, index: 0, text: '171' }, fields)).toBeNull()
  })
})
