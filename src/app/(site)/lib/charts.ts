import type { ChartSpec, DatasetView, RecordView } from './chartData'
import type { FigureView } from './receipts'

import { apiGet, type List } from './api'
import { deriveCharts, usedRecords } from './chartData'

type Id = number | string
type RecordDoc = RecordView & { id: Id; dataset: Id | { id: Id } }
type DatasetDoc = {
  id: Id
  slug: string
  title: string
  period?: null | string
  footingRules?: { label: string; total: Id | { id: Id }; parts?: (Id | { id: Id })[] | null }[] | null
}

const idOf = (value: Id | { id: Id }): string => String(typeof value === 'object' ? value.id : value)

/**
 * The datasets behind the given figures, with their footing rules and records, read over the
 * content API in two requests whatever the number of datasets (only published datasets are
 * public). Footing rules are read at depth 0 and their record ids looked up in the records
 * read: a `select` on the datasets would drop the rules' hasMany `parts` (Payload 3.90 on SQL).
 */
export const loadDatasets = async (slugs: string[]): Promise<DatasetView[]> => {
  if (slugs.length === 0) return []
  const [{ docs: datasets }, { docs: records }] = await Promise.all([
    apiGet<List<DatasetDoc>>('/datasets', { depth: 0, joins: false, limit: slugs.length, 'where[slug][in]': slugs.join(',') }),
    apiGet<List<RecordDoc>>('/dataset-records', {
      depth: 0,
      limit: 5000,
      'select[dataset]': true,
      'select[key]': true,
      'select[label]': true,
      'select[unit]': true,
      'select[value]': true,
      sort: 'key',
      'where[dataset.slug][in]': slugs.join(','),
    }),
  ])
  const byId = new Map(records.map((record) => [String(record.id), { key: record.key, label: record.label, unit: record.unit, value: String(record.value) } satisfies RecordView]))
  return datasets.map((dataset) => ({
    footingRules: (dataset.footingRules ?? []).flatMap((rule) => {
      const total = byId.get(idOf(rule.total))
      const parts = (rule.parts ?? []).map((part) => byId.get(idOf(part)))
      return total && parts.length > 0 && parts.every(Boolean) ? [{ label: rule.label, parts: parts as RecordView[], total }] : []
    }),
    period: dataset.period,
    records: records.filter((record) => idOf(record.dataset) === String(dataset.id)).map((record) => byId.get(String(record.id))!),
    slug: dataset.slug,
    title: dataset.title,
  }))
}

/** The charts each set of figures calls for (see `deriveCharts`), the datasets read once for all (the printed report). */
export const loadChartsEach = async (figureSets: FigureView[][]): Promise<ChartSpec[][]> => {
  const datasets = await loadDatasets([...usedRecords(figureSets.flat()).keys()])
  return figureSets.map((figures) => deriveCharts(figures, datasets))
}

/** The charts the given figures call for (one page). */
export const loadCharts = async (figures: FigureView[]): Promise<ChartSpec[]> => (await loadChartsEach([figures]))[0]
