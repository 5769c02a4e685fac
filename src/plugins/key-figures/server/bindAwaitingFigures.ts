import type { CollectionSlug, PayloadRequest } from 'payload'

import type { KeyFigureFields, RecordId } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { awaitedKey, awaitingOf, bindAwaited, mapInlineFigures, normalizeRecordId } from '../engine/index.ts'
import { richTextPathsOf, setValueAt, valueAt } from '../fields/richTextFields.ts'
import { SKIP_FIGURE_RESOLVE } from '../resolve/field.ts'

type Row = Record<string, unknown>

/**
 * After an import brought a period's records: every figure that waited for that dataset (rolled
 * into next year's report) and whose records now all exist is bound to them, and its document is
 * saved as a draft, so the gate checks it again: awaiting becomes ok or mismatch. Figures whose
 * key the file did not bring keep waiting. Same transaction as the import (`req`).
 */
export const bindAwaitingFigures = async (
  dataset: RecordId,
  req: PayloadRequest,
  options: SanitizedKeyFiguresOptions,
): Promise<{ documents: number; bound: number; awaiting: number }> => {
  const found: { collection: string; doc: Row; paths: readonly string[] }[] = []
  for (const collection of options.collections) {
    const { docs } = await req.payload.find({
      collection: collection as CollectionSlug,
      context: { [SKIP_FIGURE_RESOLVE]: true },
      depth: 0,
      draft: true,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: { awaitedDatasets: { in: [dataset] } },
    })
    const paths = richTextPathsOf(req.payload, collection)
    for (const doc of docs as unknown as Row[]) found.push({ collection, doc, paths })
  }
  if (found.length === 0) return { awaiting: 0, bound: 0, documents: 0 }

  // One lookup for the records of every dataset those figures wait for.
  const waiting = (fields: Row) => awaitingOf(fields.awaitingData)
  const figuresOf = (doc: Row, paths: readonly string[]): Row[] => {
    const inline: Row[] = []
    for (const path of paths) mapInlineFigures(valueAt(doc, path), (fields) => (inline.push(fields), fields))
    return [...(Array.isArray(doc.keyFigures) ? (doc.keyFigures as Row[]) : []), ...inline]
  }
  const datasets = new Map<string, RecordId>()
  for (const { doc, paths } of found) {
    for (const fields of figuresOf(doc, paths)) for (const entry of waiting(fields)?.records ?? []) datasets.set(String(entry.dataset), entry.dataset)
  }
  const { docs: records } = await req.payload.db.find({
    collection: options.slugs.records as CollectionSlug,
    limit: 0,
    pagination: false,
    req,
    select: { dataset: true, key: true },
    where: { dataset: { in: [...datasets.values()] } },
  })
  const existing = new Map<string, RecordId>()
  for (const record of records as unknown as { dataset: unknown; id: RecordId; key: string }[]) {
    existing.set(awaitedKey(normalizeRecordId(record.dataset) as RecordId, record.key), record.id)
  }

  let bound = 0
  let awaiting = 0
  for (const { collection, doc, paths } of found) {
    let changed = false
    const bind = <T extends Row>(fields: T): T => {
      const awaited = waiting(fields)
      if (!awaited) return fields
      const binding = bindAwaited(awaited, fields.operation as string | null, existing)
      if (!binding) {
        awaiting++
        return fields
      }
      bound++
      changed = true
      return { ...fields, awaitingData: null, operands: binding.operands, record: binding.record }
    }
    const data: Row = {}
    if (Array.isArray(doc.keyFigures)) data.keyFigures = (doc.keyFigures as Row[]).map(bind)
    for (const path of paths) {
      const value = valueAt(doc, path)
      if (!value) continue
      // The whole top-level field goes back (a rich text inside a group keeps its siblings).
      const top = path.split('.')[0]
      if (!(top in data)) data[top] = structuredClone(doc[top])
      setValueAt(data, path, mapInlineFigures(value, (fields) => bind(fields as Row) as KeyFigureFields))
    }
    if (!changed) continue
    await req.payload.update({
      collection: collection as CollectionSlug,
      context: { [SKIP_FIGURE_RESOLVE]: true },
      data: data as never,
      depth: 0,
      draft: true,
      id: doc.id as RecordId,
      overrideAccess: true,
      req,
      select: { id: true } as never,
    })
  }
  return { awaiting, bound, documents: found.length }
}
