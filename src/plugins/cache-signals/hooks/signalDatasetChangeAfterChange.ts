import type { CollectionAfterChangeHook } from 'payload'

import { emitCacheSignal } from '../emit'
import { tagsOfDatasetChange } from '../tags'

/** A dataset renamed (title, slug, period) or published: the figures that name it, on every server. */
export const signalDatasetChangeAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await emitCacheSignal(req, tagsOfDatasetChange(doc, previousDoc))
  return doc
}
