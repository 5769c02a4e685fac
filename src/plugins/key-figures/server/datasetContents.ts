import type { CollectionSlug, PayloadRequest } from 'payload'

import type { RecordId } from '../engine/index.ts'
import type { RemovedWithDataset, SanitizedKeyFiguresOptions } from '../types.ts'

import { importsSlugOf } from '../import/server/slugs.ts'

const CONTEXT_KEY = 'keyFigures:removedWithDataset'

const removedIn = (req: PayloadRequest): Record<string, RemovedWithDataset> => {
  const context = req.context as Record<string, unknown>
  if (!context[CONTEXT_KEY]) context[CONTEXT_KEY] = {}
  return context[CONTEXT_KEY] as Record<string, RemovedWithDataset>
}

/** What a deletion in this request removed with dataset `id` (for the audit log), or undefined. */
export const removedWithDataset = (req: PayloadRequest, id: RecordId): RemovedWithDataset | undefined => removedIn(req)[String(id)]

/**
 * Deletes a dataset's records and its import history, in the request's transaction (the
 * dataset's own deletion follows; if it fails, nothing is deleted). Both belong to the dataset:
 * a record's and an import entry's `dataset` is required, so the database refuses to delete a
 * dataset that still has them. Written through the adapter, one statement per collection, as
 * the import writes records: nothing per record needs doing, because the dataset's deletion was
 * refused before this if any published document uses one of its records.
 */
export const deleteDatasetContents = async (req: PayloadRequest, options: SanitizedKeyFiguresOptions, id: RecordId): Promise<RemovedWithDataset> => {
  const where = { dataset: { equals: id } }
  const remove = async (collection: CollectionSlug) => {
    const { totalDocs } = await req.payload.db.count({ collection, req, where })
    if (totalDocs) await req.payload.db.deleteMany({ collection, req, where })
    return totalDocs
  }
  const removed = { imports: await remove(importsSlugOf(options)), records: await remove(options.slugs.records as CollectionSlug) }
  removedIn(req)[String(id)] = removed
  return removed
}
