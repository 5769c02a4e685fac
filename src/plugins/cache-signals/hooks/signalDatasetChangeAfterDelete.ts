import type { CollectionAfterDeleteHook } from 'payload'

import { emitCacheSignal } from '../emit'
import { tagsOfDatasetChange } from '../tags'

/** A dataset removed: the figures that named it, on every server. */
export const signalDatasetChangeAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await emitCacheSignal(req, tagsOfDatasetChange(null, doc))
  return doc
}
