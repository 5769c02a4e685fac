import type { DatasetRecord } from '../../../payload-types'

import Decimal from 'decimal.js'

import { formatFigure, isFigureUnit } from '@jaarverslag/key-figures/engine'
import { apiGet, type List } from './api'

/** A chart drawn from one dataset's records: either the records named, or those under a key prefix. */
export type ChartDefinition = {
  id: string
  title: string
  description: string
  dataset: string
  keys?: string[]
  prefix?: string
  /** Text cut from the start of every record label ("Deelnemers secundaire doelgroep: "). */
  labelPrefix?: RegExp
  /** Columns (one per year, oldest first) or bars (one per category). */
  kind: 'columns' | 'bars'
  /** Chapters (by slug) that show this chart; the report page shows all of them. */
  chapters: string[]
}

export const charts: ChartDefinition[] = [
  {
    chapters: ['ons-zakelijk-plan'],
    dataset: 'personeel-vte-2013-2024',
    description: 'Voltijdse equivalenten (VTE) op de payroll van Socius, per jaar van 2013 tot en met 2024.',
    id: 'vte-2013-2024',
    kind: 'columns',
    labelPrefix: /^VTE op payroll\s*/,
    prefix: 'vte.',
    title: 'Evolutie personeelsbestand 2013-2024 (VTE)',
  },
  {
    chapters: ['cijfers-ondersteuningsaanbod', 'ondersteuningsaanbod-verdere-professionalisering'],
    dataset: 'deelnemers-ondersteuningsaanbod-2024',
    description: 'Deelnemers aan het ondersteuningsaanbod in 2024: primaire en secundaire doelgroep.',
    id: 'deelnemers-doelgroep',
    keys: ['deelnemers.primair', 'deelnemers.secundair'],
    kind: 'bars',
    labelPrefix: /^Totaal aantal deelnemers\s*/,
    title: 'Deelnemers naar doelgroep (2024)',
  },
  {
    chapters: ['cijfers-ondersteuningsaanbod', 'ondersteuningsaanbod-verdere-professionalisering'],
    dataset: 'deelnemers-ondersteuningsaanbod-2024',
    description: 'Deelnemers uit de primaire doelgroep in 2024: erkende en niet-erkende organisaties civiel sociaal-cultureel werk.',
    id: 'deelnemers-primair',
    keys: ['deelnemers.primair.erkend', 'deelnemers.primair.niet-erkend'],
    kind: 'bars',
    labelPrefix: /^Deelnemers\s*/,
    title: 'Deelnemers primaire doelgroep (2024)',
  },
  {
    chapters: ['cijfers-ondersteuningsaanbod', 'ondersteuningsaanbod-verdere-professionalisering'],
    dataset: 'deelnemers-ondersteuningsaanbod-2024',
    description: 'Deelnemers uit de secundaire doelgroep in 2024, per sector.',
    id: 'deelnemers-secundair-sector',
    kind: 'bars',
    labelPrefix: /^Deelnemers secundaire doelgroep:\s*/,
    prefix: 'deelnemers.secundair.',
    title: 'Deelnemers secundaire doelgroep per sector (2024)',
  },
  {
    chapters: ['cijfers-ondersteuningsaanbod', 'ondersteuningsaanbod-verdere-professionalisering'],
    dataset: 'deelnemers-ondersteuningsaanbod-2024',
    description: 'Unieke deelnemers uit erkende organisaties in 2024, per beroepscategorie.',
    id: 'unieke-deelnemers-beroep',
    kind: 'bars',
    labelPrefix: /^Unieke deelnemers erkende organisaties:\s*/,
    prefix: 'deelnemers.uniek.primair.erkend.beroep.',
    title: 'Unieke deelnemers erkende organisaties per beroepscategorie (2024)',
  },
]

export type ChartPoint = { key: string; label: string; value: string; formatted: string }
export type ChartData = ChartDefinition & { points: ChartPoint[]; datasetTitle: string }

type RecordWithDataset = DatasetRecord & { dataset: { title?: string; slug?: string } | number | string }

/**
 * The records behind the given charts, read over the content API with one request per dataset.
 * Charts whose dataset is not public (or has no such records) are left out.
 */
export const loadCharts = async (definitions: ChartDefinition[]): Promise<ChartData[]> => {
  const datasets = [...new Set(definitions.map((chart) => chart.dataset))]
  const byDataset = new Map<string, RecordWithDataset[]>()
  await Promise.all(
    datasets.map(async (slug) => {
      const { docs } = await apiGet<List<RecordWithDataset>>('/dataset-records', {
        depth: 1,
        limit: 500,
        'select[dataset]': true,
        'select[key]': true,
        'select[label]': true,
        'select[unit]': true,
        'select[value]': true,
        'populate[datasets][slug]': true,
        'populate[datasets][title]': true,
        'populate[datasets][_status]': true,
        sort: 'key',
        'where[dataset.slug][equals]': slug,
      }).catch(() => ({ docs: [] as RecordWithDataset[] }))
      byDataset.set(slug, docs)
    }),
  )
  return definitions.flatMap((chart) => {
    const records = byDataset.get(chart.dataset) ?? []
    const chosen = chart.keys
      ? chart.keys.map((key) => records.find((record) => record.key === key)).filter((record): record is RecordWithDataset => Boolean(record))
      : records.filter((record) => chart.prefix && record.key.startsWith(chart.prefix) && !record.key.slice(chart.prefix.length).includes('.'))
    if (chosen.length === 0) return []
    // Bars read best longest first; columns (years) keep their order.
    if (chart.kind === 'bars' && !chart.keys) chosen.sort((a, b) => new Decimal(String(b.value)).cmp(String(a.value)))
    const dataset = chosen[0].dataset
    const points = chosen.map((record) => ({
      formatted: isFigureUnit(record.unit) ? formatFigure(String(record.value), record.unit) : String(record.value),
      key: record.key,
      label: chart.labelPrefix ? record.label.replace(chart.labelPrefix, '') || record.label : record.label,
      value: String(record.value),
    }))
    return [{ ...chart, datasetTitle: typeof dataset === 'object' && dataset?.title ? dataset.title : chart.dataset, points }]
  })
}
