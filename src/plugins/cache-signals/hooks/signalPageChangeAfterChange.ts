import type { CollectionAfterChangeHook } from 'payload'

import { emitCacheSignal } from '../emit'
import { tagsOfDocumentChange } from '../tags'

/** A publish, an unpublish or an edit of a published document: the site's pages that show it are expired on every server. */
export const signalPageChangeAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  await emitCacheSignal(req, tagsOfDocumentChange(collection.slug, doc, previousDoc, { drafts: Boolean(collection.versions && collection.versions.drafts) }))
  return doc
}
