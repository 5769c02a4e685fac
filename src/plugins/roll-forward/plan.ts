/**
 * The roll forward as pure decisions (no Payload): which period each figure moves to, which
 * datasets the new year needs, how a copied figure is bound, and the names of the copies. The
 * server part (server/rollForward.ts) reads the data, asks these functions, and writes.
 */
import {
  awaitedKey,
  awaitingOf,
  type AwaitedRecord,
  comparePeriods,
  mapInlineFigures,
  nextPeriod,
  normalizeRecordId,
  type RecordId,
} from '@jaarverslag/key-figures/engine'

export type DatasetSummary = {
  id: RecordId
  slug: string
  title: string
  series: string
  period: string | null
  description?: string | null
}

export type RecordSummary = { id: RecordId; key: string; dataset: RecordId }

/** One record a copied figure is to be bound to: a key in a period of a series. */
export type PlannedSlot = { series: string; period: string; key: string; from: DatasetSummary }

export type FigureFields = Record<string, unknown>

type Row = Record<string, unknown>

/** `series` + `period`: how the dataset of one period of a series is named in maps. */
export const periodKey = (series: string, period: string): string => `${series}\u0000${period}`

export type SourceData = {
  fromYear: number
  toYear: number
  /** The records the source figures are bound to, by `String(id)`. */
  records: ReadonlyMap<string, RecordSummary>
  /** Their datasets, by `String(id)`. */
  datasets: ReadonlyMap<string, DatasetSummary>
}

export type TargetData = SourceData & {
  /** The dataset of each target period (existing or just created), by `periodKey`. */
  targets: ReadonlyMap<string, RecordId>
  /** The records those datasets hold, by `awaitedKey(dataset, key)`. */
  targetRecords: ReadonlyMap<string, RecordId>
}

const operationOf = (fields: FigureFields): string | null =>
  typeof fields.operation === 'string' && fields.operation !== '' && fields.operation !== 'record' ? fields.operation : null

const boundIds = (fields: FigureFields): (RecordId | null)[] =>
  operationOf(fields) ? (Array.isArray(fields.operands) ? fields.operands : []).map(normalizeRecordId) : [normalizeRecordId(fields.record)]

/**
 * Where a figure's records are in the new year, in operand order; null when the figure is not
 * bound (or names a record that is gone): it is copied as it is.
 * - `record` and the other operations: each record moves to the same key in its series' next
 *   period (`nextPeriod`: 2024 -> 2025; a policy period that covers the new year stays);
 * - `change`, `growth`: both periods move, so the window moves along (2024 vs 2023 -> 2025 vs 2024);
 * - `series`: the periods it has stay and the period after its latest is added (2013-2024 ->
 *   2013-2025), so the chart grows by a year.
 */
export function plannedSlots(fields: FigureFields, source: SourceData): PlannedSlot[] | null {
  const found: { record: Pick<RecordSummary, 'key'>; dataset: DatasetSummary }[] = []
  const awaiting = awaitingOf(fields.awaitingData)
  if (awaiting) {
    // Still waiting for this year's data: it waits for next year's instead, key by key.
    for (const entry of awaiting.records) {
      const dataset = source.datasets.get(String(entry.dataset))
      if (!dataset) return null
      found.push({ dataset, record: { key: entry.key } })
    }
  } else {
    const ids = boundIds(fields)
    if (ids.length === 0 || ids.some((id) => id === null)) return null
    for (const id of ids as RecordId[]) {
      const record = source.records.get(String(id))
      const dataset = record ? source.datasets.get(String(record.dataset)) : undefined
      if (!record || !dataset) return null
      found.push({ dataset, record })
    }
  }
  const move = ({ dataset, record }: { record: Pick<RecordSummary, 'key'>; dataset: DatasetSummary }): PlannedSlot | null => {
    const period = nextPeriod(dataset.period, source.fromYear, source.toYear)
    return period === null ? null : { from: dataset, key: record.key, period, series: dataset.series }
  }
  const operation = operationOf(fields)
  if (operation === 'series') {
    const kept = found.map(({ dataset, record }): PlannedSlot => ({ from: dataset, key: record.key, period: dataset.period ?? '', series: dataset.series }))
    const latest = [...found].sort((a, b) => comparePeriods(a.dataset.period, b.dataset.period))[found.length - 1]
    const added = move(latest)
    if (!added) return null
    return kept.some((slot) => comparePeriods(slot.period, added.period) === 0) ? kept : [...kept, added]
  }
  const moved = found.map(move)
  return moved.some((slot) => slot === null) ? null : (moved as PlannedSlot[])
}

/** Every period the new year's figures need, once each, in first-seen order. */
export function periodsNeeded(figures: readonly FigureFields[], source: SourceData): PlannedSlot[] {
  const needed = new Map<string, PlannedSlot>()
  for (const fields of figures) {
    for (const slot of plannedSlots(fields, source) ?? []) {
      const key = periodKey(slot.series, slot.period)
      if (!needed.has(key)) needed.set(key, slot)
    }
  }
  return [...needed.values()]
}

/**
 * A copied figure: the same text, bound to the same keys in the new periods. When every record
 * exists there it is bound and will be checked (ok or mismatch); otherwise it awaits data
 * (`awaitingData`, engine/awaiting.ts) and is bound to nothing until the import brings the records.
 */
export function rebindFigure(fields: FigureFields, target: TargetData): FigureFields {
  const { resolved: _resolved, ...rest } = fields
  const slots = plannedSlots(fields, target)
  // Not bound to anything that moves: copied as it is (a figure that awaited data it cannot
  // place keeps waiting for the same).
  if (!slots) return rest
  const awaited: AwaitedRecord[] = []
  const ids: RecordId[] = []
  for (const slot of slots) {
    // A period the source figures use already (the earlier period of a change) is its own dataset.
    const known = [...target.datasets.values()].find((entry) => entry.series === slot.series && comparePeriods(entry.period, slot.period) === 0)
    const dataset = target.targets.get(periodKey(slot.series, slot.period)) ?? known?.id
    if (dataset === undefined) throw new Error(`roll forward: no dataset planned for ${slot.series} ${slot.period}`)
    awaited.push({ dataset, key: slot.key, period: slot.period, series: slot.series })
    const id = target.targetRecords.get(awaitedKey(dataset, slot.key))
    if (id !== undefined) ids.push(id)
  }
  const single = operationOf(fields) === null
  if (ids.length === slots.length) {
    return { ...rest, awaitingData: null, operands: single ? [] : ids, record: single ? ids[0] : null }
  }
  return { ...rest, awaitingData: { records: awaited }, operands: [], record: null }
}

/** The figures of a document: its `keyFigures` rows and the inline figures of its rich text. */
export function figuresOf(doc: Row, richTextPaths: readonly string[]): FigureFields[] {
  const rows = Array.isArray(doc.keyFigures) ? (doc.keyFigures as FigureFields[]) : []
  const inline: FigureFields[] = []
  for (const path of richTextPaths) {
    mapInlineFigures(valueAt(doc, path), (fields) => {
      inline.push(fields)
      return fields
    })
  }
  return [...rows, ...inline]
}

/** The document with every figure (rows and inline) passed through `fn`; the input is not changed. */
export function mapFigures(doc: Row, richTextPaths: readonly string[], fn: (fields: FigureFields) => FigureFields): Row {
  const copy: Row = structuredClone(doc)
  if (Array.isArray(copy.keyFigures)) copy.keyFigures = (copy.keyFigures as FigureFields[]).map(fn)
  for (const path of richTextPaths) {
    const value = valueAt(copy, path)
    if (value) setValueAt(copy, path, mapInlineFigures(value, (fields) => fn(fields) as typeof fields))
  }
  return copy
}

export const valueAt = (doc: Row, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Row)[key] : undefined), doc)

const setValueAt = (doc: Row, path: string, value: unknown): void => {
  const keys = path.split('.')
  const last = keys.pop() as string
  const parent = keys.length ? valueAt(doc, keys.join('.')) : doc
  if (parent && typeof parent === 'object') (parent as Row)[last] = value
}

/** "Jaarverslag 2024" -> "Jaarverslag 2025"; a text without the year gets it added: "Verslag" -> "Verslag 2025". */
export function nextYearText(text: string, fromYear: number, toYear: number): string {
  const pattern = new RegExp(`(?<!\\d)${fromYear}(?!\\d)`, 'g')
  return pattern.test(text) ? text.replace(pattern, String(toYear)) : `${text} ${toYear}`
}

/** "jaarverslag-2024" -> "jaarverslag-2025"; "jaarverslag" -> "jaarverslag-2025". */
export function nextYearSlug(slug: string, fromYear: number, toYear: number): string {
  const pattern = new RegExp(`(?<!\\d)${fromYear}(?!\\d)`, 'g')
  return pattern.test(slug) ? slug.replace(pattern, String(toYear)) : `${slug}-${toYear}`
}

/** The empty draft dataset of a period that does not exist yet: named after the period it follows. */
export function newPeriodDataset(from: DatasetSummary, period: string, takenSlugs: ReadonlySet<string>): Row {
  const title = from.period && from.title.includes(from.period) ? from.title.replace(from.period, period) : `${from.title} (${period})`
  const base = `${from.series}-${period}`
  let slug = base
  for (let suffix = 2; takenSlugs.has(slug); suffix++) slug = `${base}-${suffix}`
  return {
    _status: 'draft',
    description: from.description ?? null,
    period,
    series: from.series,
    slug,
    title,
  }
}

/**
 * The fields a copy leaves behind: identity and timestamps (the new document gets its own), the
 * publication state (copies are drafts), the stored figure check and the records index (the save
 * computes them again), and the workflow's bookkeeping of the source (stage back to concept, no
 * notes, reasons or failed schedules). The owner stays: who wrote it this year likely writes it next.
 */
export const LEFT_BEHIND = [
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'figureCheck',
  'referencedRecords',
  'workflowStage',
  'workflowReason',
  'reviewNotes',
  'scheduledPublishFailure',
  'auditTrail',
  'pdfEditions',
] as const

export function copyOf(doc: Row): Row {
  const copy: Row = {}
  for (const [key, value] of Object.entries(doc)) {
    if (!(LEFT_BEHIND as readonly string[]).includes(key)) copy[key] = value
  }
  return copy
}
