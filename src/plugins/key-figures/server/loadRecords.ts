import type { CollectionSlug, PayloadRequest, SelectType } from 'payload'

import type { DatasetFootingRule, FigureUnit, RecordId, RecordInfo } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'
import type { DatasetCache } from './datasetCache.ts'

import { normalizeRecordId } from '../engine/index.ts'

export type RecordDoc = { dataset: unknown; id: RecordId; key: string; label: string; unit: FigureUnit; value: string }
type FootingRuleDoc = { label: string; parts?: unknown[] | null; total?: unknown }
type DatasetDoc = { _status?: string | null; footingRules?: FootingRuleDoc[] | null; id: RecordId; period?: string | null; series?: string | null; slug: string; title: string }

export type LoadedData = {
  records: Map<string, RecordInfo>
  /** Footing rules of every dataset a loaded record belongs to. */
  footing: DatasetFootingRule[]
}

const recordSelect = { dataset: true, key: true, label: true, unit: true, value: true } as const

/**
 * Reads straight through the database adapter: these are the plugin's own lookups by id, with
 * access overridden and a `select`, so the Local API's access checks, query validation and
 * afterRead field hooks would only cost time (about a millisecond per publish) and change nothing.
 */
const findByIds = async <T>(collection: string, ids: RecordId[], select: Record<string, unknown>, req: PayloadRequest): Promise<T[]> => {
  if (ids.length === 0) return []
  const { docs } = await req.payload.db.find({
    collection: collection as CollectionSlug,
    limit: 0,
    pagination: false,
    req,
    select: select as SelectType,
    where: { id: { in: ids } },
  })
  return docs as unknown as T[]
}

const findRecords = (ids: RecordId[], req: PayloadRequest, options: SanitizedKeyFiguresOptions): Promise<RecordDoc[]> =>
  findByIds<RecordDoc>(options.slugs.records, ids, recordSelect, req)

const datasetSelect = { _status: true, period: true, series: true, slug: true, title: true }
// Subfields named: `{ footingRules: true }` drops the hasMany `parts` on SQL adapters.
const datasetWithFootingSelect = { ...datasetSelect, footingRules: { label: true, parts: true, total: true } }

/**
 * Everything a check needs in at most three queries, however many figures and documents ask:
 * the referenced records, their datasets (with footing rules), and the records those rules
 * name that were not loaded yet. `footing: false` (the read side, which shows values and does
 * not check footing) reads the datasets without their rules and skips the third query: the
 * rules' parts are the costly part of the datasets query (8.6 of about 11 ms for a chapter of
 * the 2024 report, measured).
 */
export const loadRecords = async (
  ids: readonly RecordId[],
  req: PayloadRequest,
  options: SanitizedKeyFiguresOptions,
  {
    datasets: cache,
    footing: withFooting = true,
    known = [],
  }: {
    /** Dataset summaries an earlier read left (anonymous reads only, see datasetCache.ts); never with `footing`. */
    datasets?: DatasetCache
    footing?: boolean
    /** Records the caller already holds (the read side: relationships populated by `depth`); not read again. */
    known?: readonly RecordDoc[]
  } = {},
): Promise<LoadedData> => {
  const held = new Map(known.map((record) => [String(record.id), record]))
  const unique = [...new Map(ids.filter((id) => !held.has(String(id))).map((id) => [String(id), id])).values()]
  const recordDocs = [...held.values(), ...(await findRecords(unique, req, options))]
  const datasetIds = [
    ...new Map(
      recordDocs
        .map((record) => normalizeRecordId(record.dataset))
        .filter((id): id is RecordId => id !== null)
        .map((id) => [String(id), id]),
    ).values(),
  ]
  const cached = cache && !withFooting ? cache.take(datasetIds) : { found: [], missing: datasetIds }
  const read = await findByIds<DatasetDoc>(options.slugs.datasets, cached.missing, withFooting ? datasetWithFootingSelect : datasetSelect, req)
  if (cache && !withFooting) cache.keep(read)
  const datasetDocs: DatasetDoc[] = [...cached.found, ...read]
  const datasets = new Map(datasetDocs.map((dataset) => [String(dataset.id), dataset]))

  const loaded = new Map(recordDocs.map((record) => [String(record.id), record]))
  const missingFootingIds = datasetDocs
    .flatMap((dataset) => dataset.footingRules ?? [])
    .flatMap((rule) => [rule.total, ...(rule.parts ?? [])])
    .map(normalizeRecordId)
    .filter((id): id is RecordId => id !== null && !loaded.has(String(id)))
  for (const record of await findRecords([...new Map(missingFootingIds.map((id) => [String(id), id])).values()], req, options)) {
    loaded.set(String(record.id), record)
  }

  const toInfo = (record: RecordDoc): RecordInfo | null => {
    const dataset = datasets.get(String(normalizeRecordId(record.dataset)))
    if (!dataset) return null
    return {
      dataset: {
        id: dataset.id,
        period: dataset.period ?? undefined,
        published: dataset._status === 'published',
        series: dataset.series ?? undefined,
        slug: dataset.slug,
        title: dataset.title,
      },
      id: record.id,
      key: record.key,
      label: record.label,
      unit: record.unit,
      value: record.value,
    }
  }
  const records = new Map<string, RecordInfo>()
  for (const [id, record] of loaded) {
    const info = toInfo(record)
    if (info) records.set(id, info)
  }

  const footing: DatasetFootingRule[] = datasetDocs.flatMap((dataset) =>
    (dataset.footingRules ?? []).map((rule) => {
      const entry = (ref: unknown) => {
        const id = normalizeRecordId(ref)
        const record = records.get(String(id))
        return record ? { id: record.id, key: record.key, label: record.label, value: record.value } : { key: String(id ?? '?'), value: null }
      }
      const total = records.get(String(normalizeRecordId(rule.total)))
      return {
        dataset: dataset.slug,
        label: rule.label,
        parts: (rule.parts ?? []).map(entry),
        path: `footing:${dataset.slug}/${rule.label}`,
        total: entry(rule.total),
        ...(total ? { unit: total.unit } : {}),
      }
    }),
  )
  return { footing, records }
}
