import type { CollectionAfterChangeHook } from 'payload'

import { publicationIntentOf, takePublishedRow } from '../server/context.ts'

/**
 * A restore without `draft` writes the restored version into the main row. For a draft version
 * of a published document that would take it offline; so the published row read before the
 * save is written back, in the same transaction, before any other `afterChange` hook runs.
 * Payload has already stored the restored draft as the newest version.
 */
export const keepPublishedVersionAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (publicationIntentOf(req, collection.slug, doc.id)?.kind !== 'restore-as-draft') return doc
  const row = takePublishedRow(req, collection.slug, doc.id)
  if (!row) return doc
  await req.payload.db.updateOne({ collection: collection.slug, data: row, id: doc.id, req, returning: false })
  return doc
}
