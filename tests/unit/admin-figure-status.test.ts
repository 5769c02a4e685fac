import { describe, expect, it } from '@jest/globals'

import { figureInputOf, figureRowsOf } from '../../src/plugins/key-figures/components/figureInput'
import { describeSourceDetails } from '../../src/plugins/key-figures/components/texts'
import { footingSummary } from '../../src/plugins/key-figures/components/footingSummary'
import { figurePlace } from '../../src/plugins/key-figures/components/PublicationCheck/figurePlace'
import { sourceDetails } from '../../src/plugins/key-figures/resolve/sourceDetails'

describe('the figures of a form, as the row labels and the sidebar check them', () => {
  it('reads every keyFigures row of the flat form state in row order, with its engine input', () => {
    const rows = figureRowsOf(
      {
        'keyFigures.1.label': { value: 'Scholen' },
        'keyFigures.1.shown': { value: '12' },
        'keyFigures.1.record': { value: 7 },
        'keyFigures.0.label': { value: 'Deelnemers' },
        'keyFigures.0.shown': { value: '1.541' },
        'keyFigures.0.unit': { value: 'count' },
        'keyFigures.0.record': { value: { id: 3, key: 'x' } },
        'keyFigures.0.resolved.value': { value: '1540' },
        'keyFigures.2.label': { value: 'Nog niet gekoppeld' },
        title: { value: 'Hoofdstuk' },
      },
      'keyFigures',
    )
    expect(rows.map((row) => row.path)).toEqual(['keyFigures.0', 'keyFigures.1', 'keyFigures.2'])
    expect(rows[0].input).toEqual({ label: 'Deelnemers', operation: null, path: 'keyFigures.0', record: 3, rounding: 'tolerant', shown: '1.541', unit: 'count' })
    expect(rows[1].input?.record).toBe(7)
    expect(rows[2].input).toBeNull()
  })

  it('a derived figure is bound when one of its operands is chosen', () => {
    expect(figureInputOf({ operands: [null, 4], operation: 'sum', shown: '9' }, 'keyFigures.0')).toMatchObject({ operands: [null, 4], operation: 'sum' })
    expect(figureInputOf({ operands: [], operation: 'sum', shown: '9' }, 'keyFigures.0')).toBeNull()
  })
})

describe('a source as an editor reads it', () => {
  const dataset = { id: 1, period: '2024', published: true, slug: 'deelnemers-2024', title: 'Deelnemers ondersteuningsaanbod' }
  const records = new Map([
    ['3', { dataset, id: 3, key: 'deelnemers.totaal', label: 'Totaal aantal deelnemers', unit: 'count' as const, value: '1540' }],
    ['4', { dataset, id: 4, key: 'deelnemers.lager', label: 'Lager onderwijs', unit: 'count' as const, value: '800' }],
  ])

  it('names the dataset by its title and period and the record by its label', () => {
    const details = sourceDetails({ record: 3 }, records)
    expect(details).toEqual({ datasets: [{ period: '2024', title: 'Deelnemers ondersteuningsaanbod' }], records: [{ key: 'deelnemers.totaal', label: 'Totaal aantal deelnemers' }] })
    const source = { dataset: 'deelnemers-2024', operation: 'record' as const, records: ['deelnemers.totaal'] }
    expect(describeSourceDetails(details, source, 'nl')).toBe('Deelnemers ondersteuningsaanbod (2024) › Totaal aantal deelnemers')
  })

  it('an operation reads as words over the record labels, and a title that says its period is not repeated', () => {
    const details = sourceDetails({ operands: [3, 4], operation: 'sum' }, records)
    const source = { dataset: 'deelnemers-2024', operation: 'sum' as const, records: ['deelnemers.totaal', 'deelnemers.lager'] }
    expect(describeSourceDetails(details, source, 'nl')).toBe('Deelnemers ondersteuningsaanbod (2024) › som van Totaal aantal deelnemers, Lager onderwijs')
    expect(describeSourceDetails({ ...details, datasets: [{ period: '2024', title: 'Deelnemers 2024' }] }, source, 'en')).toBe(
      'Deelnemers 2024 › sum of Totaal aantal deelnemers, Lager onderwijs',
    )
  })

  it('without the details it falls back to slug and key', () => {
    expect(describeSourceDetails(undefined, { dataset: 'deelnemers-2024', operation: 'record', records: ['deelnemers.totaal'] }, 'nl')).toBe(
      'deelnemers-2024 / deelnemers.totaal',
    )
  })
})

describe('where a finding sits, as the Publicatiecontrole names it', () => {
  const labels: Record<string, string> = { body: 'Tekst', summary: 'Samenvatting' }
  it.each([
    ['keyFigures.10.shown', 'nl', 'Kerncijfer 11, tab Kerncijfers'],
    ['keyFigures.0', 'en', 'Key figure 1, Key figures tab'],
    ['body#1', 'nl', 'Inline kerncijfer 2 in Tekst'],
    ['footing:deelnemers-2024:0', 'nl', 'Voettelling'],
    ['summary', 'nl', 'Samenvatting'],
    ['unknown.path', 'nl', 'unknown.path'],
  ] as const)('%s in %s reads "%s"', (path, language, expected) => {
    expect(figurePlace(path, language, (name) => labels[name] ?? null)).toBe(expected)
  })
})

describe('a footing rule as an editor reads it', () => {
  const record = (label: string, value: string) => ({ label, unit: 'count', value })
  it('holds when the parts add up exactly, printed in the report style', () => {
    expect(footingSummary(record('Totaal', '1540'), [record('Lager', '800'), record('Secundair', '740')])).toEqual({
      holds: true,
      sum: '1.540',
      text: 'Totaal (1.540) = Lager (800) + Secundair (740)',
    })
  })

  it('says what the parts make when they do not add up', () => {
    expect(footingSummary(record('Totaal', '240'), [record('A', '200'), record('B', '38')])).toMatchObject({ holds: false, sum: '238' })
  })

  it('cannot judge a rule whose records are not loaded', () => {
    expect(footingSummary(undefined, [record('A', '1')])).toMatchObject({ holds: null, text: '? = A (1)' })
  })
})
