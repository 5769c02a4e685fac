import type { CollectionAfterDeleteHook } from 'payload'

import { emitCacheSignal } from '../emit'
import { tagsOfDocumentChange } from '../tags'

/** A deleted document leaves the pages and lists that showed it, on every server. */
export const signalPageChangeAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await emitCacheSignal(req, tagsOfDocumentChange(collection.slug, null, doc, { drafts: Boolean(collection.versions && collection.versions.drafts) }))
  return doc
}
