import type { CollectionAfterDeleteHook } from 'payload'

import type { DatasetCache } from '../server/datasetCache.ts'

/** A deleted dataset's summary is dropped at once. */
export const forgetDatasetAfterDelete =
  (cache: DatasetCache): CollectionAfterDeleteHook =>
  ({ id }) => {
    cache.forget(id)
  }
