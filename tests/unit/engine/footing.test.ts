import { describe, expect, it } from '@jest/globals'

import {
  checkDatasetsFooting,
  footingRuleFromRecords,
} from '../../../src/plugins/key-figures/engine/index'
import { checkFooting, footingRulesUsing, type FootingRule } from '../../../src/plugins/key-figures/engine/footing'
import type { RecordInfo } from '../../../src/plugins/key-figures/engine/types'

const participants = (online: string): FootingRule => ({
  label: 'Deelnemers per type',
  total: { key: 'deelnemers.totaal', value: '1540' },
  parts: [
    { key: 'deelnemers.offline', value: '800' },
    { key: 'deelnemers.online', value: online },
  ],
})

describe('checkFooting', () => {
  it('passes when the parts add up to the total exactly', () => {
    expect(checkFooting(participants('740'))).toBeNull()
    expect(
      checkFooting({ label: 'x', total: { key: 't', value: '0.3' }, parts: [{ key: 'a', value: '0.1' }, { key: 'b', value: '0.2' }] }),
    ).toBeNull()
    expect(
      checkFooting({
        label: 'Subsidies',
        unit: 'euro',
        total: { key: 'subsidies.totaal', value: '1751277.97' },
        parts: [
          { key: 'subsidies.vlaanderen', value: '1552000.00' },
          { key: 'subsidies.overig', value: '199277.97' },
        ],
      }),
    ).toBeNull()
  })

  it('names the total, the sum and every part when they disagree', () => {
    const result = checkFooting(participants('739'))
    expect(result).not.toBeNull()
    expect(result?.problem).toBe('mismatch')
    expect(result?.message.nl).toBe(
      'Voettelling "Deelnemers per type": totaal deelnemers.totaal = 1.540, som van de delen = 1.539 (deelnemers.offline 800 + deelnemers.online 739)',
    )
    expect(result?.message.en).toBe(
      'Footing "Deelnemers per type": total deelnemers.totaal = 1.540, sum of the parts = 1.539 (deelnemers.offline 800 + deelnemers.online 739)',
    )
    expect(result).toMatchObject({
      total: { key: 'deelnemers.totaal', value: '1540' },
      sum: '1539',
      difference: '1',
      parts: [
        { key: 'deelnemers.offline', value: '800' },
        { key: 'deelnemers.online', value: '739' },
      ],
      printed: { total: '1.540', sum: '1.539' },
    })
  })

  it('is exact: one cent off is a failure, and the message shows the cent', () => {
    const result = checkFooting({
      label: 'Subsidies',
      unit: 'euro',
      total: { key: 'subsidies.totaal', value: '1751277.98' },
      parts: [
        { key: 'subsidies.vlaanderen', value: '1552000' },
        { key: 'subsidies.overig', value: '199277.97' },
      ],
    })
    expect(result?.problem).toBe('mismatch')
    expect(result?.message.nl).toContain('= 1.751.277,98 €')
    expect(result?.message.nl).toContain('som van de delen = 1.751.277,97 €')
    expect(result?.message.nl).toContain('subsidies.vlaanderen 1.552.000,00 €')
  })

  it('keeps stored decimals of percentages instead of rounding them away', () => {
    const result = checkFooting({
      label: 'Verdeling',
      unit: 'percent',
      total: { key: 'totaal', value: '100' },
      parts: [
        { key: 'a', value: '33.33' },
        { key: 'b', value: '66.66' },
      ],
    })
    expect(result?.printed).toEqual({ total: '100,00%', sum: '99,99%' })
  })

  it('reports a rule without parts', () => {
    const result = checkFooting({ label: 'Leeg', total: { key: 'deelnemers.totaal', value: '1540' }, parts: [] })
    expect(result?.problem).toBe('no-parts')
    expect(result?.message.nl).toContain('deelnemers.totaal')
    expect(result?.message.en).toBe('Footing "Leeg": total deelnemers.totaal has no parts to add up')
  })

  it('reports missing record values instead of counting them as zero', () => {
    const result = checkFooting({
      label: 'Deelnemers per type',
      total: { key: 'deelnemers.totaal', value: '1540' },
      parts: [
        { key: 'deelnemers.offline', value: '1540' },
        { key: 'deelnemers.online', value: null },
        { key: 'deelnemers.hybride', value: '' },
      ],
    })
    expect(result?.problem).toBe('missing-value')
    expect(result?.sum).toBeNull()
    expect(result?.message.nl).toBe('Voettelling "Deelnemers per type": geen waarde voor deelnemers.online, deelnemers.hybride')
  })

  it('reports stored values that are not decimal strings (stored values use a decimal point)', () => {
    const result = checkFooting({
      label: 'x',
      total: { key: 't', value: '1,540' },
      parts: [{ key: 'a', value: 'abc' }],
    })
    expect(result?.problem).toBe('invalid-value')
    expect(result?.message.en).toBe('Footing "x": not a valid number in t ("1,540"), a ("abc")')
  })

  it('survives garbage', () => {
    expect(checkFooting({ label: 'x', total: { key: 't', value: '1' }, parts: null as unknown as [] })?.problem).toBe('no-parts')
    expect(checkFooting({ label: 'x', total: undefined as unknown as { key: string; value: string }, parts: [{ key: 'a', value: '1' }] })?.problem).toBe(
      'missing-value',
    )
  })
})

describe('footing findings', () => {
  it('fit the Finding shape', () => {
    const findings = checkDatasetsFooting([
      { ...participants('739'), dataset: 'deelnemers-2024', path: 'datasets/deelnemers-2024' },
      { ...participants('740'), dataset: 'deelnemers-2024' },
    ])
    expect(findings).toEqual([
      {
        kind: 'footing',
        path: 'datasets/deelnemers-2024',
        label: 'Deelnemers per type',
        shown: '1.540',
        expected: '1.539',
        shownValue: '1540',
        expectedValue: '1539',
        source: {
          dataset: 'deelnemers-2024',
          records: ['deelnemers.totaal', 'deelnemers.offline', 'deelnemers.online'],
          operation: 'sum',
        },
        message: checkFooting(participants('739'))?.message,
      },
    ])
  })

  it('defaults the path and reports rules it cannot compute', () => {
    const [finding] = checkDatasetsFooting([{ label: 'Leeg', total: { key: 't', value: '5' }, parts: [] }])
    expect(finding).toMatchObject({ kind: 'footing', path: 'footing:Leeg', shown: '5', expected: null, expectedValue: null })
  })

  it('can be built from records by key', () => {
    const dataset = { id: 1, slug: 'deelnemers-2024', title: 'Deelnemers 2024', published: true }
    const records: RecordInfo[] = [
      { id: 1, key: 'deelnemers.totaal', label: 'Totaal', value: '1540', unit: 'count', dataset },
      { id: 2, key: 'deelnemers.offline', label: 'Offline', value: '800', unit: 'count', dataset },
      { id: 3, key: 'deelnemers.online', label: 'Online', value: '739', unit: 'count', dataset },
    ]
    const rule = footingRuleFromRecords(
      { label: 'Deelnemers per type', total: 'deelnemers.totaal', parts: ['deelnemers.offline', 'deelnemers.online'] },
      records,
    )
    expect(rule).toMatchObject({ unit: 'count', dataset: 'deelnemers-2024', total: { value: '1540', label: 'Totaal' } })
    expect(checkFooting(rule)?.sum).toBe('1539')

    const missing = footingRuleFromRecords(
      { label: 'x', total: 'deelnemers.totaal', parts: ['deelnemers.offline', 'bestaat.niet'] },
      records,
    )
    expect(checkFooting(missing)?.message.nl).toContain('bestaat.niet')
  })
})

describe('footingRulesUsing', () => {
  const rules: FootingRule[] = [
    { label: 'Per vorm', total: { id: 1, key: 'totaal', value: '10' }, parts: [{ id: 2, key: 'a', value: '4' }, { id: 'x-3', key: 'b', value: '6' }] },
    { label: 'Per regio', total: { id: 1, key: 'totaal', value: '10' }, parts: [{ id: 4, key: 'c', value: '10' }] },
    { label: 'Zonder ids', total: { key: 'totaal', value: '10' }, parts: [{ key: 'a', value: '10' }] },
  ]

  it.each<[string, number | string, string[]]>([
    ['a total names every rule it totals', 1, ['Per vorm', 'Per regio']],
    ['a part names its own rule', 2, ['Per vorm']],
    ['a string id is matched as a string', 'x-3', ['Per vorm']],
    ['a number id matches its string form', '4', ['Per regio']],
    ['a record in no rule names none', 99, []],
  ])('%s', (_what, id, labels) => {
    expect(footingRulesUsing(rules, id).map((rule) => rule.label)).toEqual(labels)
  })

  it('never matches entries without an id, and survives junk', () => {
    expect(footingRulesUsing(rules, 'undefined')).toEqual([])
    expect(footingRulesUsing(null as never, 1)).toEqual([])
    expect(footingRulesUsing([{ label: 'x' } as never], 1)).toEqual([])
  })
})
