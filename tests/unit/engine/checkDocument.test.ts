import { describe, expect, it } from '@jest/globals'

import {
  checkFigures,
  collectReferencedRecordIds,
  normalizeRecordId,
} from '../../../src/plugins/key-figures/engine/index'
import { findInlineFigures, inlineFigureToInput } from '../../../src/plugins/key-figures/engine/lexical'
import type {
  DatasetInfo,
  FigureInput,
  FigureResult,
  FigureUnit,
  RecordId,
  RecordInfo,
} from '../../../src/plugins/key-figures/engine/types'

const deelnemers: DatasetInfo = { id: 1, slug: 'deelnemers-2024', title: 'Deelnemers 2024', published: true, period: '2024' }
const financien: DatasetInfo = { id: 'fin', slug: 'financien-2024', title: 'Financiën 2024', published: true }
const concept: DatasetInfo = { id: 3, slug: 'concept-2025', title: 'Concept 2025', published: false }

function record(id: RecordId, key: string, value: string, unit: FigureUnit, dataset: DatasetInfo = deelnemers): RecordInfo {
  return { id, key, label: key, value, unit, dataset }
}

const RECORDS: RecordInfo[] = [
  record(1, 'deelnemers.totaal', '1540', 'count'),
  record(2, 'deelnemers.offline', '800', 'count'),
  record(3, 'deelnemers.online', '740', 'count'),
  record('r-4', 'begeleiding.minuten', '43245', 'duration'),
  record(5, 'tevredenheid.nps', '39', 'score'),
  record(6, 'subsidies.vlaanderen', '1552000.00', 'euro', financien),
  record(7, 'concept.deelnemers', '10', 'count', concept),
  record(8, 'kapot.waarde', 'abc', 'count'),
  record(9, 'traject.geslaagd', '114', 'count'),
  record(10, 'traject.gestart', '171', 'count'),
  record(11, 'begeleiding.deelnemers', '86', 'count'),
  record(12, 'traject.nul', '0', 'count'),
  record(13, 'tevredenheid.score', '84.80', 'percent'),
  // Past Payload's validation (a select), a record can carry a unit the engine does not know.
  record(14, 'oud.stuks', '5', 'stuks' as FigureUnit),
]
const BY_ID = new Map(RECORDS.map((entry) => [String(entry.id), entry]))

function figure(path: string, shown: string, unit: FigureUnit, binding: Partial<FigureInput> = {}): FigureInput {
  return { path, label: `Figuur ${path}`, shown, unit, ...binding }
}

function only(input: FigureInput): FigureResult {
  const { results } = checkFigures([input], BY_ID)
  expect(results).toHaveLength(1)
  return results[0]!
}

describe('checkFigures: figures that agree with their data', () => {
  it.each<[string, FigureInput, string]>([
    ['a record-bound count', figure('p', '1.540', 'count', { record: 1 }), '1.540'],
    ['a populated relationship', figure('p', '1.540', 'count', { record: { id: 1 } }), '1.540'],
    ['a string id for a numeric key', figure('p', '1.540', 'count', { record: '1' }), '1.540'],
    ['a polymorphic relationship', figure('p', '1.540', 'count', { record: { relationTo: 'records', value: 1 } }), '1.540'],
    ['a string record id', figure('p', '720u45', 'duration', { record: 'r-4' }), '720u45'],
    ['a score', figure('p', '+39', 'score', { record: 5 }), '+39'],
    ['a euro amount', figure('p', '1.552.000,00 €', 'euro', { record: 6 }), '1.552.000,00 €'],
    ['a truncated percentage', figure('p', '84%', 'percent', { record: 13 }), '85%'],
    ['a derived share, truncated', figure('p', '66%', 'percent', { operation: 'percentage', operands: [9, 10] }), '67%'],
    ['a derived share, rounded', figure('p', '(67%)', 'percent', { operation: 'percentage', operands: [9, { id: 10 }] }), '(67%)'],
    ['a derived ratio in minutes', figure('p', '8u22', 'duration', { operation: 'ratio', operands: ['r-4', 11] }), '8u23'],
    ['a derived sum', figure('p', '1.540', 'count', { operation: 'sum', operands: [2, 3] }), '1.540'],
    ['a derived difference', figure('p', '60', 'count', { operation: 'difference', operands: [2, 3] }), '60'],
    ['a derived average', figure('p', '770', 'count', { operation: 'average', operands: [2, 3] }), '770'],
    ['operation "record" means the record', figure('p', '1.540', 'count', { operation: 'record' as never, record: 1 }), '1.540'],
  ])('%s', (_name, input, expected) => {
    const result = only(input)
    expect(result.finding).toBeNull()
    expect(result).toMatchObject({ ok: true, status: 'ok', expected })
  })

  it('gives the exact expected value and the source', () => {
    const result = only(figure('p', '66%', 'percent', { operation: 'percentage', operands: [9, 10] }))
    expect(result.expectedValue?.startsWith('66.6666666666')).toBe(true)
    expect(result.shownValue).toBe('66')
    expect(result.source).toEqual({
      dataset: 'deelnemers-2024',
      records: ['traject.geslaagd', 'traject.gestart'],
      operation: 'percentage',
    })
  })
})

describe('checkFigures: mismatches', () => {
  it('names label, shown value, expected value and source in both languages', () => {
    const result = only({ path: 'content#0', label: 'Totaal aantal deelnemers', shown: '1.541', unit: 'count', record: 1 })
    expect(result.finding).toEqual({
      kind: 'mismatch',
      path: 'content#0',
      label: 'Totaal aantal deelnemers',
      shown: '1.541',
      expected: '1.540',
      shownValue: '1541',
      expectedValue: '1540',
      source: { dataset: 'deelnemers-2024', records: ['deelnemers.totaal'], operation: 'record' },
      message: {
        nl: 'Kerncijfer "Totaal aantal deelnemers" toont 1.541 maar de data zegt 1.540 (bron: deelnemers-2024 / deelnemers.totaal)',
        en: 'Key figure "Totaal aantal deelnemers" shows 1.541 but the data says 1.540 (source: deelnemers-2024 / deelnemers.totaal)',
      },
    })
    expect(result).toMatchObject({ ok: false, status: 'mismatch' })
  })

  it('describes a derived source with its operation', () => {
    const result = only(figure('p', '65%', 'percent', { operation: 'percentage', operands: [9, 10] }))
    expect(result.finding?.message.nl).toBe(
      'Kerncijfer "Figuur p" toont 65% maar de data zegt 67% (bron: percentage van deelnemers-2024 / traject.geslaagd, deelnemers-2024 / traject.gestart)',
    )
    expect(result.finding?.message.en).toContain('(source: percentage of deelnemers-2024 / traject.geslaagd')
  })

  it('applies opt-in half-up rounding', () => {
    const input = figure('p', '8u22', 'duration', { operation: 'ratio', operands: ['r-4', 11], rounding: 'half-up' })
    expect(only(input)).toMatchObject({ status: 'mismatch', expected: '8u23' })
    expect(only({ ...input, shown: '8u23' }).status).toBe('ok')
  })

  it('compares a record-bound euro amount exactly, in the shown style', () => {
    const result = only(figure('p', '€ 1.552.001', 'euro', { record: 6 }))
    expect(result).toMatchObject({ status: 'mismatch', expected: '€ 1.552.000,00' })
    expect(result.finding?.source.dataset).toBe('financien-2024')
  })
})

describe('checkFigures: unreadable figures', () => {
  it('quotes the text, says why and still gives the expected value', () => {
    const result = only({ path: 'p', label: 'Totaal', shown: '12,3,4', unit: 'count', record: 1 })
    expect(result.finding).toMatchObject({ kind: 'unreadable', shownValue: null, expected: '1.540', expectedValue: '1540' })
    expect(result.finding?.message.nl).toBe(
      'Kerncijfer "Totaal": "12,3,4" is geen geldig getal: meer dan één decimale komma; de data zegt 1.540 (bron: deelnemers-2024 / deelnemers.totaal)',
    )
  })

  it('treats an empty shown text as unreadable, not as zero', () => {
    expect(only(figure('p', '', 'count', { record: 12 })).status).toBe('unreadable')
  })

  it.each<[string, FigureInput, string]>([
    // what, figure, the figure as the report prints it
    ['a count with a leading zero', figure('p', '01.540', 'count', { record: 1 }), '1.540'],
    ['a count with a plus sign', figure('p', '+1.540', 'count', { record: 1 }), '1.540'],
    ['a sum with a plus sign', figure('p', '+1.540', 'count', { operation: 'sum', operands: [2, 3] }), '1.540'],
    ['a share with a plus sign', figure('p', '+67%', 'percent', { operation: 'percentage', operands: [9, 10] }), '67%'],
    ['a count with a space inside', figure('p', '1 540', 'count', { record: 1 }), '1.540'],
    ['a zero with a sign', figure('p', '-0', 'count', { record: 12 }), '0'],
  ])('refuses %s, saying what is printed and what it would be', (_what, input, printed) => {
    const result = only(input)
    expect(result.status).toBe('unreadable')
    expect(result.finding?.message.nl).toContain(`"${input.shown}"`)
    expect(result.finding?.message.nl).toContain(`correct gedrukt is dat "${printed}"`)
    expect(result.finding?.message.en).toContain(`correctly printed that is "${printed}"`)
  })

  it.each<[string, FigureInput]>([
    ['a change (difference) printed with its plus sign', figure('p', '+60', 'count', { operation: 'difference', operands: [2, 3] })],
    ['a score printed with its plus sign', figure('p', '+39', 'score', { record: 5 })],
  ])('accepts %s', (_what, input) => {
    expect(only(input)).toMatchObject({ ok: true, status: 'ok' })
  })
})

describe('checkFigures: unresolved figures', () => {
  it.each<[string, FigureInput, string, string]>([
    ['no binding', figure('p', '86', 'count'), 'niet gekoppeld aan data', 'not linked to data'],
    ['an empty record ref', figure('p', '86', 'count', { record: '' }), 'niet gekoppeld aan data', 'not linked to data'],
    ['a missing record', figure('p', '86', 'count', { record: 999 }), 'record 999 bestaat niet', 'record 999 does not exist'],
    [
      'a missing operand',
      figure('p', '86', 'count', { operation: 'sum', operands: [2, 'weg'] }),
      'record weg bestaat niet',
      'record weg does not exist',
    ],
    [
      'an empty operand',
      figure('p', '86', 'count', { operation: 'sum', operands: [2, null as never] }),
      'operand 2 verwijst naar geen record',
      'operand 2 refers to no record',
    ],
    [
      'an unpublished dataset',
      figure('p', '10', 'count', { record: 7 }),
      'dataset concept-2025 is niet gepubliceerd',
      'dataset concept-2025 is not published',
    ],
    [
      'an unpublished operand dataset',
      figure('p', '10', 'count', { operation: 'sum', operands: [2, 7] }),
      'dataset concept-2025 is niet gepubliceerd',
      'dataset concept-2025 is not published',
    ],
    [
      'a record-bound unit mismatch',
      figure('p', '82%', 'percent', { record: 1 }),
      'het kerncijfer is een percentage, maar record deelnemers-2024 / deelnemers.totaal is een aantal',
      'the key figure is a percentage, but record deelnemers-2024 / deelnemers.totaal is a count',
    ],
    [
      'a percentage not shown as percent',
      figure('p', '67', 'count', { operation: 'percentage', operands: [9, 10] }),
      'een percentage wordt getoond als percentage',
      'a percentage is shown as a percentage',
    ],
    [
      'a percentage of unlike records',
      figure('p', '67%', 'percent', { operation: 'percentage', operands: [9, 'r-4'] }),
      'verschillende eenheid',
      'different units',
    ],
    [
      'a sum mixing units',
      figure('p', '1.540', 'count', { operation: 'sum', operands: [2, 'r-4'] }),
      'begeleiding.minuten is een duur',
      'begeleiding.minuten is a duration',
    ],
    ['a record without a valid value', figure('p', '1', 'count', { record: 8 }), 'geen geldige waarde ("abc")', 'no valid value ("abc")'],
    [
      'a division by zero',
      figure('p', '5%', 'percent', { operation: 'percentage', operands: [9, 12] }),
      'deling door nul',
      'division by zero',
    ],
    [
      'a wrong operand count',
      figure('p', '5', 'decimal', { operation: 'ratio', operands: [9, 10, 11] }),
      'precies 2 operanden',
      'exactly 2 operands',
    ],
    ['an unknown operation', figure('p', '5', 'count', { operation: 'median' as never, operands: [9] }), 'onbekende bewerking "median"', 'unknown operation "median"'],
    ['an unknown unit', figure('p', '5 kg', 'kg' as never, { record: 1 }), 'onbekende eenheid "kg"', 'unknown unit "kg"'],
    [
      'a record with a unit the engine does not know',
      figure('p', '5', 'count', { record: 14 }),
      'maar record deelnemers-2024 / oud.stuks is een "stuks"',
      'but record deelnemers-2024 / oud.stuks is a "stuks"',
    ],
    [
      'an operand with a unit the engine does not know',
      figure('p', '805', 'count', { operation: 'sum', operands: [2, 14] }),
      'oud.stuks is een "stuks"',
      'oud.stuks is a "stuks"',
    ],
  ])('%s', (_name, input, nl, en) => {
    const result = only(input)
    expect(result).toMatchObject({ ok: false, status: 'unresolved', expected: null, expectedValue: null })
    expect(result.finding?.kind).toBe('unresolved')
    expect(result.finding?.message.nl).toContain(nl)
    expect(result.finding?.message.en).toContain(en)
    expect(result.finding?.message.nl).toContain(`Kerncijfer "${input.label}"`)
  })

  it('uses the path when a figure has no label', () => {
    const result = only({ path: 'content#3', label: '', shown: '86', unit: 'count' })
    expect(result.finding?.message.nl).toBe('Kerncijfer "content#3" (toont "86") kan niet gecontroleerd worden: niet gekoppeld aan data')
  })
})

describe('checkFigures: values that did not come through Payload', () => {
  it('reads a number value in plain notation, also one JavaScript prints with an exponent', () => {
    const big = new Map([['x', { ...record('x', 'groot', '0', 'count'), value: 1e21 as unknown as string }]])
    const [result] = checkFigures([figure('p', '1.000.000.000.000.000.000.000', 'count', { record: 'x' })], big).results
    expect(result).toMatchObject({ ok: true, expectedValue: '1000000000000000000000' })
    const [sum] = checkFigures([figure('p', '1.000.000.000.000.000.000.001', 'count', { operation: 'sum', operands: ['x', 'y'] })], new Map([...big, ['y', record('y', 'een', '1', 'count')]])).results
    expect(sum).toMatchObject({ ok: true, expectedValue: '1000000000000000000001' })
  })
})

describe('checkFigures: a whole document', () => {
  const richText = {
    root: {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'In 2024 namen ' },
            { type: 'inlineBlock', fields: { blockType: 'keyFigure', id: 'f1', label: 'Totaal aantal deelnemers', shown: '1.540', unit: 'count', record: { id: 1, key: 'deelnemers.totaal' } } },
            { type: 'text', text: ' mensen deel; ' },
            { type: 'inlineBlock', fields: { blockType: 'keyFigure', id: 'f2', label: 'Geslaagd', shown: '(65%)', unit: 'percent', operation: 'percentage', operands: [9, 10] } },
            { type: 'inlineBlock', fields: { blockType: 'keyFigure', id: 'f3', label: 'Uren', shown: '720u75', unit: 'duration', record: 'r-4' } },
            { type: 'inlineBlock', fields: { blockType: 'keyFigure', id: 'f4', label: 'Los', shown: '12', unit: 'count' } },
          ],
        },
      ],
    },
  }

  it('checks every inline figure and reports one finding per failing figure', () => {
    const figures = findInlineFigures(richText, 'chapters.0.body').map(inlineFigureToInput)
    expect(collectReferencedRecordIds(figures)).toEqual([1, 9, 10, 'r-4'])
    const { findings, checked, results } = checkFigures(figures, BY_ID)
    expect(checked).toBe(4)
    expect(results.map((entry) => [entry.path, entry.id, entry.status, entry.expected])).toEqual([
      ['chapters.0.body#0', 'f1', 'ok', '1.540'],
      ['chapters.0.body#1', 'f2', 'mismatch', '(67%)'],
      ['chapters.0.body#2', 'f3', 'unreadable', '720u45'],
      ['chapters.0.body#3', 'f4', 'unresolved', null],
    ])
    expect(findings.map((entry) => entry.kind)).toEqual(['mismatch', 'unreadable', 'unresolved'])
    expect(findings.map((entry) => entry.path)).toEqual(['chapters.0.body#1', 'chapters.0.body#2', 'chapters.0.body#3'])
  })

  it('survives garbage input', () => {
    expect(checkFigures(null as never, BY_ID)).toEqual({ findings: [], checked: 0, results: [] })
    const broken = { path: 'x', label: 'x', shown: null as never, unit: 'count' as const, record: 1 }
    expect(only(broken).status).toBe('unreadable')
  })
})

describe('collectReferencedRecordIds', () => {
  it('deduplicates by string form, keeps the first id type and skips empties', () => {
    expect(
      collectReferencedRecordIds([
        { record: 1 },
        { record: { id: 1 } },
        { record: '1' },
        { record: null },
        { record: '' },
        { operation: 'percentage', operands: [9, { id: 10 }, null as never, '9'] },
        { record: 5, operation: 'sum', operands: [2, 3] }, // an operation wins over the record
        { record: { relationTo: 'records', value: { id: 'r-4' } } },
      ]),
    ).toEqual([1, 9, 10, 2, 3, 'r-4'])
  })

  it('survives garbage', () => {
    expect(collectReferencedRecordIds(null as never)).toEqual([])
    expect(collectReferencedRecordIds([null as never, 5 as never])).toEqual([])
  })

  it.each<[unknown, RecordId | null]>([
    [7, 7],
    [' 7 ', '7'],
    ['', null],
    [Number.NaN, null],
    [{ id: 'abc' }, 'abc'],
    [{ value: 3 }, 3],
    [{ relationTo: 'x', value: { id: 4 } }, 4],
    [{}, null],
    [true, null],
  ])('normalizeRecordId(%j) is %j', (input, expected) => {
    expect(normalizeRecordId(input)).toBe(expected)
  })
})
