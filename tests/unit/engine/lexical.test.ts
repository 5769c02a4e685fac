import { describe, expect, it } from '@jest/globals'

import {
  findInlineFigures,
  inlineFigureToInput,
  mapInlineFigures,
  type KeyFigureFields,
} from '../../../src/plugins/key-figures/engine/lexical'

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const figure = (fields: Omit<KeyFigureFields, 'blockType'>) => ({
  type: 'inlineBlock',
  version: 1,
  fields: { blockType: 'keyFigure', ...fields },
})

/** Paragraph, nested list and a non-figure inline block, as Payload stores them. */
function sampleTree() {
  return {
    root: {
      type: 'root',
      version: 1,
      children: [
        {
          type: 'paragraph',
          children: [
            text('In 2024 namen '),
            figure({ id: 'a1', label: 'Totaal aantal deelnemers', shown: '1.540', unit: 'count', record: 1 }),
            text(' mensen deel, waarvan '),
            figure({ id: 7, shown: '(95%)', unit: 'percent', operation: 'percentage', operands: [9, { id: '10', key: 'x' }] }),
            { type: 'inlineBlock', fields: { blockType: 'footnote', text: 'geen kerncijfer' } },
          ],
        },
        {
          type: 'list',
          children: [
            {
              type: 'listitem',
              children: [
                { type: 'paragraph', children: [figure({ shown: '720u45', unit: 'duration', record: { id: 'r-4' } })] },
              ],
            },
          ],
        },
        { type: 'block', fields: { blockType: 'keyFigure', shown: 'not inline' } },
      ],
    },
  }
}

describe('findInlineFigures', () => {
  it('finds key figures in nested trees, in document order', () => {
    const found = findInlineFigures(sampleTree(), 'sections.0.content')
    expect(found.map((entry) => entry.path)).toEqual([
      'sections.0.content#0',
      'sections.0.content#1',
      'sections.0.content#2',
    ])
    expect(found.map((entry) => entry.fields.shown)).toEqual(['1.540', '(95%)', '720u45'])
    expect(found.map((entry) => entry.nodePath)).toEqual([
      [0, 1],
      [0, 3],
      [1, 0, 0, 0],
    ])
    expect(found.map((entry) => entry.id)).toEqual(['a1', '7', null])
    expect(found[0]).toMatchObject({ fieldPath: 'sections.0.content', index: 0 })
  })

  it('accepts the JSON string form and a bare root node', () => {
    expect(findInlineFigures(JSON.stringify(sampleTree()), 'c')).toHaveLength(3)
    expect(findInlineFigures(sampleTree().root, 'c')).toHaveLength(3)
  })

  it('honours another block slug', () => {
    const found = findInlineFigures(sampleTree(), 'c', { blockType: 'footnote' })
    expect(found.map((entry) => entry.fields.text)).toEqual(['geen kerncijfer'])
  })

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a non-JSON string', 'not json {'],
    ['an array', [1, 2]],
    ['an empty object', {}],
    ['a null root', { root: null }],
    ['children that are not an array', { root: { children: 'x' } }],
    ['garbage children', { root: { children: [null, 1, 'a', [], { type: 'inlineBlock' }, { type: 'inlineBlock', fields: null }, { type: 'inlineBlock', fields: { blockType: 'other' } }] } }],
  ])('returns [] for %s', (_name, input) => {
    expect(findInlineFigures(input, 'content')).toEqual([])
  })

  it('terminates on a cyclic structure', () => {
    const paragraph: { type: string; children: unknown[] } = { type: 'paragraph', children: [] }
    const tree = { root: { type: 'root', children: [paragraph] } }
    paragraph.children.push(tree.root, figure({ shown: '86', unit: 'count' }))
    expect(findInlineFigures(tree, 'c').map((entry) => entry.fields.shown)).toEqual(['86'])
  })
})

describe('mapInlineFigures', () => {
  it('returns a new tree with replaced fields and leaves the input untouched', () => {
    const tree = sampleTree()
    const before = JSON.stringify(tree)
    const seen: number[] = []
    const mapped = mapInlineFigures(tree, (fields, context) => {
      seen.push(context.index)
      return context.index === 1 ? { ...fields, shown: '(96%)' } : fields
    })
    expect(JSON.stringify(tree)).toBe(before)
    expect(mapped).not.toBe(tree)
    expect(mapped.root).not.toBe(tree.root)
    expect(seen).toEqual([0, 1, 2])
    expect(findInlineFigures(mapped, 'c').map((entry) => entry.fields.shown)).toEqual(['1.540', '(96%)', '720u45'])
    // Everything else is preserved.
    type Shape = { root: { children: { children: { fields: { shown: string } }[] }[] } }
    const expected = JSON.parse(JSON.stringify(sampleTree())) as Shape
    expected.root.children[0]!.children[3]!.fields.shown = '(96%)'
    expect(mapped).toEqual(expected)
  })

  it('gives the same order and node paths as findInlineFigures', () => {
    const paths: number[][] = []
    mapInlineFigures(sampleTree(), (fields, context) => {
      paths.push(context.nodePath)
      return fields
    })
    expect(paths).toEqual(findInlineFigures(sampleTree(), 'c').map((entry) => entry.nodePath))
  })

  it('round-trips the JSON string form', () => {
    const mapped = mapInlineFigures(JSON.stringify(sampleTree()), (fields) => ({ ...fields, shown: 'X' }))
    expect(typeof mapped).toBe('string')
    expect(findInlineFigures(mapped, 'c').map((entry) => entry.fields.shown)).toEqual(['X', 'X', 'X'])
  })

  it.each<unknown>([null, undefined, 42, 'not json', { root: null }, []])('returns garbage %j unchanged', (input) => {
    expect(mapInlineFigures(input, (fields) => fields)).toBe(input)
  })

  it('keeps the old fields when the callback returns nothing usable', () => {
    const mapped = mapInlineFigures(sampleTree(), () => null as unknown as KeyFigureFields)
    expect(findInlineFigures(mapped, 'c').map((entry) => entry.fields.shown)).toEqual(['1.540', '(95%)', '720u45'])
  })
})

describe('inlineFigureToInput', () => {
  it('normalises stored block fields into engine input', () => {
    const [first, second, third] = findInlineFigures(sampleTree(), 'body')
    expect(inlineFigureToInput(first!)).toEqual({
      path: 'body#0',
      id: 'a1',
      label: 'Totaal aantal deelnemers',
      shown: '1.540',
      unit: 'count',
      record: 1,
      operation: null,
      operands: null,
      rounding: null,
    })
    expect(inlineFigureToInput(second!)).toMatchObject({
      label: '(95%)', // no label: the shown text identifies it
      operation: 'percentage',
      operands: [9, { id: '10', key: 'x' }],
      id: '7',
    })
    expect(inlineFigureToInput(third!)).toMatchObject({ record: { id: 'r-4' }, shown: '720u45' })
    expect(inlineFigureToInput(third!).id).toBeUndefined()
  })

  it('turns missing or empty values into nulls', () => {
    const [found] = findInlineFigures({ root: { children: [figure({ record: '', operands: [null, '', 3], shown: 12 })] } }, 'c')
    expect(inlineFigureToInput(found!)).toMatchObject({ record: null, operands: [3], shown: '12', label: '12' })
  })
})
