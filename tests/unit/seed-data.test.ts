/**
 * The seed's numbers checked by the key-figure engine, without a database: every printed figure
 * against the seed datasets, and every footing rule of those datasets. The report contradicts
 * itself in a few places; those findings are listed below (and in src/seed/README.md) and must
 * be exactly what the engine finds: no more (a transcription slip), no less (a hidden problem).
 */
import { describe, expect, it } from '@jest/globals'

import {
  checkDatasetsFooting,
  checkFigures,
  seriesKeyOf,
  footingRuleFromRecords,
  isDecimalString,
  type DatasetFootingRule,
  type DatasetInfo,
  type FigureInput,
  type Finding,
  type RecordInfo,
} from '../../src/plugins/key-figures/engine'
import { featuredArticles } from '../../src/seed/content'
import { CONTRADICTIONS, datasets, figures } from '../../src/seed/data'

/** The chapter slugs the prose helper uses (fixed). */
const CHAPTERS = [
  'onze-missie',
  'ons-10-puntenprogramma',
  'onze-doelgroepen',
  'schema',
  'cijfers-ondersteuningsaanbod',
  'cijfers-vraaggestuurde-werking',
  'cijfers-trajecten-en-onderzoek',
  'cijfers-beeldvorming-en-promotie',
  'cijfers-kennisknooppunt',
  'ondersteuningsaanbod-nieuwkomers',
  'ondersteuningsaanbod-verdere-professionalisering',
  'vraaggestuurde-werking',
  'evenementen',
  'ontwikkeltrajecten',
  'onderzoek',
  'beeldvorming',
  'kennisknooppunt',
  'digitaal-platform',
  'ons-zakelijk-plan',
  'financieel-beleid',
  'over-de-fotos',
]

/** Printed texts the engine cannot read (none: every figure of the report is readable). */
const UNREADABLE: string[] = []

// The series as the datasets collection stores it: the seed's own, else the slug without its period.
const datasetInfo = (slug: string, title: string, period: string, series?: string): DatasetInfo => ({ id: slug, slug, title, published: true, period, series: series ?? seriesKeyOf(slug, period) })

const records = new Map<string, RecordInfo>()
for (const dataset of datasets) {
  const info = datasetInfo(dataset.slug, dataset.title, dataset.period, dataset.series)
  for (const record of dataset.records) {
    const id = `${dataset.slug}/${record.key}`
    records.set(id, { id, key: record.key, label: record.label, value: record.value, unit: record.unit, dataset: info })
  }
}

const inputs: FigureInput[] = figures.map((figure, index) => ({
  path: `${figure.document.collection}/${figure.document.slug}#${index}`,
  label: figure.label,
  shown: figure.shown,
  unit: figure.unit,
  ...(figure.record ? { record: figure.record } : {}),
  ...(figure.operation ? { operation: figure.operation, operands: figure.operands ?? [] } : {}),
  ...(figure.rounding ? { rounding: figure.rounding } : {}),
}))

const footingRules: DatasetFootingRule[] = datasets.flatMap((dataset) => {
  const own = dataset.records.map((record) => records.get(`${dataset.slug}/${record.key}`) as RecordInfo)
  return (dataset.footing ?? []).map((rule) => footingRuleFromRecords({ ...rule, path: `datasets/${dataset.slug}` }, own))
})

const figureResult = checkFigures(inputs, records)
const footingFindings = checkDatasetsFooting(footingRules)

const whereOf = (finding: Finding): string => finding.path.replace(/#\d+$/, '')
const summary = (finding: Finding) => ({
  kind: finding.kind,
  where: whereOf(finding),
  label: finding.label,
  shown: finding.shown,
  expected: finding.expected ?? '',
})
const sortKey = (entry: { kind: string; where: string; label: string }) => `${entry.kind}|${entry.where}|${entry.label}`
const sorted = <T extends { kind: string; where: string; label: string }>(list: T[]): T[] => [...list].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))

describe('seed data: datasets', () => {
  it('has unique dataset slugs', () => {
    const slugs = datasets.map((dataset) => dataset.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
  })

  it('has unique record keys within every dataset, in the key alphabet the collection accepts', () => {
    for (const dataset of datasets) {
      const keys = dataset.records.map((record) => record.key)
      const duplicates = keys.filter((key, index) => keys.indexOf(key) !== index)
      expect({ dataset: dataset.slug, duplicates }).toEqual({ dataset: dataset.slug, duplicates: [] })
      for (const key of keys) expect(key).toMatch(/^[\p{L}\p{N}_.-]+$/u)
    }
  })

  it('stores every value as an exact decimal string', () => {
    const bad = datasets.flatMap((dataset) =>
      dataset.records.filter((record) => !isDecimalString(record.value)).map((record) => `${dataset.slug}/${record.key} = ${JSON.stringify(record.value)}`),
    )
    expect(bad).toEqual([])
  })

  it('stores counts as whole numbers', () => {
    const bad = datasets.flatMap((dataset) =>
      dataset.records.filter((record) => record.unit === 'count' && !/^\d+$/.test(record.value)).map((record) => `${dataset.slug}/${record.key}`),
    )
    expect(bad).toEqual([])
  })

  it('gives every dataset a title, period and source', () => {
    for (const dataset of datasets) {
      expect(dataset.title).not.toBe('')
      expect(dataset.period).toMatch(/^\d{4}(-\d{4})?$/)
      expect(dataset.source.length).toBeGreaterThan(10)
      expect(dataset.records.length).toBeGreaterThan(0)
    }
  })

  it('only names existing records of the same dataset in footing rules', () => {
    const missing = datasets.flatMap((dataset) => {
      const keys = new Set(dataset.records.map((record) => record.key))
      return (dataset.footing ?? []).flatMap((rule) => [rule.total, ...rule.parts].filter((key) => !keys.has(key)).map((key) => `${dataset.slug}: ${rule.label}: ${key}`))
    })
    expect(missing).toEqual([])
  })
})

describe('seed data: figures', () => {
  it('binds figures only to the report, the fixed chapter slugs and the seeded articles', () => {
    const articles = featuredArticles.map((article) => article.slug)
    for (const figure of figures) {
      if (figure.document.collection === 'reports') expect(figure.document.slug).toBe('jaarverslag-2024')
      else if (figure.document.collection === 'featured-articles') expect(articles).toContain(figure.document.slug)
      else {
        expect(figure.document.collection).toBe('chapters')
        expect(CHAPTERS).toContain(figure.document.slug)
      }
    }
  })

  it('binds every figure either to one record or to an operation over distinct records', () => {
    for (const figure of figures) {
      if (figure.operation) {
        expect(figure.record).toBeUndefined()
        const operands = figure.operands ?? []
        expect(operands.length).toBeGreaterThanOrEqual(2)
        // Relationship fields may drop repeated ids, so an operand list never repeats a record.
        expect(new Set(operands).size).toBe(operands.length)
      } else {
        expect(figure.record).toBeDefined()
      }
      expect(figure.note ?? '').not.toBe('')
    }
  })

  it('binds every printed percentage as a derived percentage', () => {
    const bad = figures.filter((figure) => figure.shown.includes('%') && figure.unit === 'percent' && figure.operation !== 'percentage' && !figure.record?.startsWith('personeel-vte-functie-2024/') && !figure.record?.startsWith('tevredenheid-'))
    expect(bad.map((figure) => `${figure.document.slug}: ${figure.label}`)).toEqual([])
  })

  it('gives figures distinct labels within a document', () => {
    const seen = new Map<string, number>()
    for (const figure of figures) {
      const key = `${figure.document.collection}/${figure.document.slug}: ${figure.label}`
      seen.set(key, (seen.get(key) ?? 0) + 1)
    }
    expect([...seen].filter(([, n]) => n > 1).map(([key]) => key)).toEqual([])
  })

  it('resolves every figure: every record exists and units match', () => {
    const unresolved = figureResult.findings.filter((finding) => finding.kind === 'unresolved').map((finding) => `${finding.path} ${finding.label}: ${finding.message.en}`)
    expect(unresolved).toEqual([])
  })

  it('reads every printed figure', () => {
    const unreadable = figureResult.findings.filter((finding) => finding.kind === 'unreadable').map((finding) => finding.shown)
    expect(unreadable).toEqual(UNREADABLE)
  })

  it('checks every figure', () => {
    expect(figureResult.checked).toBe(figures.length)
    expect(figureResult.findings.every((finding) => ['mismatch', 'unreadable', 'unresolved'].includes(finding.kind))).toBe(true)
  })
})

describe('seed data: the report against itself', () => {
  it('finds exactly the documented contradictions, no more and no less', () => {
    const found = [...figureResult.findings, ...footingFindings].map(summary)
    expect(sorted(found)).toEqual(sorted(CONTRADICTIONS))
  })

  it('reports footing problems only as mismatches (no missing or invalid values)', () => {
    for (const finding of footingFindings) expect(finding.expectedValue).not.toBeNull()
  })
})
