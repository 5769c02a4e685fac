import type { CollectionAfterChangeHook } from 'payload'

import type { DatasetCache } from '../server/datasetCache.ts'

/** Any save of a dataset (draft or not) drops its summary: the next read asks the database. */
export const forgetDatasetAfterChange =
  (cache: DatasetCache): CollectionAfterChangeHook =>
  ({ doc }) => {
    cache.forget(doc.id)
    return doc
  }
