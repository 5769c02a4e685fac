import type { CollectionSlug, PayloadRequest } from 'payload'

import type { RecordId } from '../../engine/index.ts'
import type { ImportDiff } from '../diff.ts'

import { createMany } from '../../server/createMany.ts'
import { createTimeSlicer } from '../../server/yieldToEventLoop.ts'
import { recordToCreate, recordToUpdate } from './recordWrites.ts'

/** How far an apply has got: records written so far (created, changed or removed) of all. */
export type ImportProgress = { total: number; written: number }

/**
 * Records per INSERT and ids per DELETE: far below every adapter's limit on bound parameters
 * (9 columns x 100), and short enough on SQLite (about 3 ms) to let reads in between.
 */
const ROWS_PER_STATEMENT = 100

/**
 * Writes an import's records through the database adapter, in the transaction of `req`: one
 * statement per 100 created or removed records (`createMany`, `deleteMany`) and one per changed
 * record, with none of the per-record work of a Local API call (validation, hooks, a read of the
 * dataset, a uniqueness count, an audit entry each). `applyImport` does what those hooks did
 * once for the whole import: the values were checked when the file was read (and again in
 * `recordWrites`), the audit entry and the re-check of dependent documents follow. Every 5 ms
 * or so it lets the event loop serve other requests (see `yieldToEventLoop`), and reports progress.
 */
export const writeRecords = async ({
  collection,
  dataset,
  diff,
  onProgress,
  req,
}: {
  collection: CollectionSlug
  dataset: { id: RecordId; slug: string }
  diff: ImportDiff
  onProgress?: (progress: ImportProgress) => void
  req: PayloadRequest
}): Promise<void> => {
  const { db } = req.payload
  const now = new Date().toISOString()
  const total = diff.added.length + diff.changed.length + diff.removed.length
  const slicer = createTimeSlicer()
  let written = 0
  const done = async (count: number) => {
    written += count
    if (await slicer.maybeYield()) onProgress?.({ total, written })
  }
  for (let start = 0; start < diff.removed.length; start += ROWS_PER_STATEMENT) {
    const ids = diff.removed.slice(start, start + ROWS_PER_STATEMENT).map((record) => record.id)
    await db.deleteMany({ collection, req, where: { id: { in: ids } } })
    await done(ids.length)
  }
  for (const change of diff.changed) {
    const { data, id } = recordToUpdate(change, dataset, now)
    await db.updateOne({ collection, data, id, req, returning: false })
    await done(1)
  }
  for (let start = 0; start < diff.added.length; start += ROWS_PER_STATEMENT) {
    const docs = diff.added.slice(start, start + ROWS_PER_STATEMENT).map((row) => recordToCreate(row, dataset, now))
    await createMany({ collection, docs, req })
    await done(docs.length)
  }
  onProgress?.({ total, written })
}
