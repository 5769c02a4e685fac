import type { PayloadRequest, SelectType } from 'payload'

import type { FigureBinding, KeyFigureFields } from '../engine/index.ts'
import type { DatasetCache } from '../server/datasetCache.ts'
import type { RecordDoc } from '../server/loadRecords.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'
import type { VerdictCache } from './verdicts.ts'

import { collectReferencedRecordIds, findInlineFigures, mapInlineFigures } from '../engine/index.ts'
import { collectFigures, formPathOf, isInlineFigure } from '../server/collectFigures.ts'
import { loadRecords } from '../server/loadRecords.ts'
import { RESOLVED_FIELD } from './field.ts'
import { resolveFigure } from './resolveFigure.ts'
import { richTextPathsOf, setValueAt, valueAt } from '../fields/richTextFields.ts'

type Row = Record<string, unknown>

/** What reads keep between requests (created once per plugin, see index.ts). */
export type ReadCaches = { datasets: DatasetCache; verdicts: VerdictCache }

const hasFalse = (select: unknown): boolean =>
  select === false || (typeof select === 'object' && select !== null && Object.values(select).some(hasFalse))

/**
 * Whether a read's `select` asks for the value at `path` (Payload's semantics: include mode
 * lists what to return, exclude mode what to leave out; no select returns everything).
 */
export const isSelected = (select: SelectType | undefined, path: string[]): boolean => {
  if (!select || Object.keys(select).length === 0) return true
  const exclude = hasFalse(select)
  let node: unknown = select
  for (const key of path) {
    if (node === true) return true
    if (node === false) return false
    if (!node || typeof node !== 'object') return exclude
    node = (node as Row)[key]
  }
  if (node === undefined) return exclude
  return node !== false
}

/** A row read with its binding: without it (a narrow `select`) there is nothing to resolve. */
const hasBinding = (row: Row) =>
  'shown' in row && 'unit' in row && 'operation' in row && (row.operation === 'record' || !row.operation ? 'record' in row : 'operands' in row)

const isRecordDoc = (value: unknown): value is RecordDoc => {
  if (!value || typeof value !== 'object') return false
  const record = value as Record<string, unknown>
  return (
    (typeof record.id === 'number' || typeof record.id === 'string') &&
    typeof record.key === 'string' &&
    typeof record.label === 'string' &&
    typeof record.value === 'string' &&
    typeof record.unit === 'string' &&
    record.dataset !== undefined &&
    record.dataset !== null
  )
}

/**
 * The records a read with `depth` ≥ 1 has populated already (as this reader may see them), so
 * that they are not read a second time: at depth 1 that is the costliest lookup of the read.
 * Records left as ids (depth 0, a narrow `select`, or no read access) are looked up as before.
 */
const populatedRecords = (figures: readonly FigureBinding[]): RecordDoc[] =>
  figures.flatMap((figure) => [figure.record, ...(Array.isArray(figure.operands) ? figure.operands : [])]).filter(isRecordDoc)

/**
 * Adds `resolved` to every figure of the given documents (all of one collection), with one
 * batched lookup (`loadRecords`, at most three queries) for all of them together, however many
 * documents and figures there are. Mutates the documents (they are the operation's result).
 */
export const resolveDocuments = async (
  docs: Row[],
  {
    caches,
    collection,
    options,
    req,
    select,
  }: { caches: ReadCaches; collection: string; options: SanitizedKeyFiguresOptions; req: PayloadRequest; select?: SelectType },
): Promise<void> => {
  const rowsWanted = isSelected(select, ['keyFigures', RESOLVED_FIELD])
  const paths = richTextPathsOf(req.payload, collection).filter((path) => isSelected(select, path.split('.')))
  if (!rowsWanted && paths.length === 0) return

  const figuresPerDoc = docs.map((doc) => collectFigures(rowsWanted ? doc : { ...doc, keyFigures: undefined }, paths))
  const ids = figuresPerDoc.flatMap(collectReferencedRecordIds)
  if (figuresPerDoc.every((figures) => figures.length === 0)) return
  const showUnpublished = Boolean(req.user)
  const { records } = await loadRecords(ids, req, options, {
    // Logged-in readers see drafts, and a read inside a transaction may see what is not committed:
    // both read dataset summaries from the database, and leave nothing for others.
    datasets: showUnpublished || req.transactionID ? undefined : caches.datasets,
    footing: false,
    known: populatedRecords(figuresPerDoc.flat()),
  })

  docs.forEach((doc, docIndex) => {
    const figures = figuresPerDoc[docIndex]
    if (figures.length === 0) return
    const checked = caches.verdicts(figures, records)
    const { checkedAt, datasetVersions } = (doc.figureCheck ?? {}) as { checkedAt?: unknown; datasetVersions?: Record<string, number> | null }
    const context = { datasetVersions, showUnpublished, verifiedAt: typeof checkedAt === 'string' ? checkedAt : null }
    const resolved = figures.map((figure, index) => resolveFigure(figure, checked[index], records, context))

    const rows = Array.isArray(doc.keyFigures) ? (doc.keyFigures as Row[]) : []
    if (rowsWanted) rows.forEach((row, index) => {
      if (row && typeof row === 'object' && hasBinding(row)) row[RESOLVED_FIELD] = resolved[index]
    })
    let next = rowsWanted ? rows.length : 0
    for (const path of paths) {
      // Counted from the figures (`body#0` belongs to `body`), without walking the text again.
      const count = figures.filter((figure) => isInlineFigure(figure) && formPathOf(figure.path) === path).length
      if (count === 0) continue
      const value = valueAt(doc, path)
      const offset = next
      next += count
      setValueAt(
        doc,
        path,
        mapInlineFigures(value, (fields, { index }): KeyFigureFields => ({ ...fields, [RESOLVED_FIELD]: resolved[offset + index] })),
      )
    }
  })
}

/** Removes `resolved` from data about to be written: a document that was read can be saved as is. */
export const stripResolved = (data: Row, richTextPaths: readonly string[]): Row => {
  if (Array.isArray(data.keyFigures)) {
    for (const row of data.keyFigures as Row[]) {
      if (row && typeof row === 'object') delete row[RESOLVED_FIELD]
    }
  }
  for (const path of richTextPaths) {
    const value = valueAt(data, path)
    if (!findInlineFigures(value, path).some(({ fields }) => RESOLVED_FIELD in fields)) continue
    setValueAt(
      data,
      path,
      mapInlineFigures(value, (fields) => {
        const { [RESOLVED_FIELD]: _resolved, ...rest } = fields
        return rest as KeyFigureFields
      }),
    )
  }
  return data
}
