import type { CollectionAfterDeleteHook } from 'payload'

import { tagsOfDatasetRef } from '../datasetOf'
import { emitCacheSignal } from '../emit'

/** A record removed: the figures drawn from its dataset, on every server. */
export const signalDataChangeAfterDelete =
  (datasets: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await emitCacheSignal(req, await tagsOfDatasetRef(req, datasets, doc?.dataset))
    return doc
  }
