import type { DatasetView, RecordView } from './chartData'
import type { FigureView } from './receipts'

import { apiGet, type List } from './api'
import { deriveCharts, usedRecords } from './chartData'

type RecordDoc = RecordView & { dataset: number | string | { id: number | string } }
type DatasetDoc = {
  id: number | string
  slug: string
  title: string
  period?: null | string
  footingRules?: { label: string; total: RecordView | number | string; parts: (RecordView | number | string)[] }[] | null
}

const isRecord = (value: unknown): value is RecordView => Boolean(value) && typeof value === 'object' && 'key' in (value as object)

/**
 * The datasets behind the given figures, with their footing rules and records, read over the
 * content API in two requests whatever the number of datasets (only published datasets are public).
 */
export const loadDatasets = async (slugs: string[]): Promise<DatasetView[]> => {
  if (slugs.length === 0) return []
  const [{ docs: datasets }, { docs: records }] = await Promise.all([
    apiGet<List<DatasetDoc>>('/datasets', {
      depth: 1,
      joins: false,
      limit: slugs.length,
      'populate[dataset-records][key]': true,
      'populate[dataset-records][label]': true,
      'populate[dataset-records][unit]': true,
      'populate[dataset-records][value]': true,
      'select[footingRules]': true,
      'select[period]': true,
      'select[slug]': true,
      'select[title]': true,
      'where[slug][in]': slugs.join(','),
    }),
    apiGet<List<RecordDoc>>('/dataset-records', {
      depth: 0,
      limit: 2000,
      'select[dataset]': true,
      'select[key]': true,
      'select[label]': true,
      'select[unit]': true,
      'select[value]': true,
      sort: 'key',
      'where[dataset.slug][in]': slugs.join(','),
    }),
  ])
  return datasets.map((dataset) => ({
    footingRules: (dataset.footingRules ?? []).flatMap((rule) => {
      const parts = rule.parts.filter(isRecord)
      return isRecord(rule.total) && parts.length === rule.parts.length ? [{ label: rule.label, parts, total: rule.total }] : []
    }),
    period: dataset.period,
    records: records
      .filter((record) => String(typeof record.dataset === 'object' ? record.dataset.id : record.dataset) === String(dataset.id))
      .map(({ key, label, unit, value }) => ({ key, label, unit, value: String(value) })),
    slug: dataset.slug,
    title: dataset.title,
  }))
}

/** The charts the given figures call for (see `deriveCharts`). */
export const loadCharts = async (figures: FigureView[]) => deriveCharts(figures, await loadDatasets([...usedRecords(figures).keys()]))
