import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'

import { changedFields } from '../changes'
import { writeAuditEntry } from '../server/audit'

const titleOf = (doc: Record<string, unknown>, useAsTitle: string | undefined) => {
  const value = doc[useAsTitle ?? 'title'] ?? doc.title ?? doc.key
  return typeof value === 'string' ? value : null
}

/** Logs changes to data the documents depend on (datasets, records), in the change's transaction. */
export const auditDataAfterChange =
  (options: SanitizedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    const changed = operation === 'create' ? [] : changedFields(doc, previousDoc).filter((field) => field !== 'updatedAt')
    if (operation === 'update' && changed.length === 0 && previousDoc?._status === doc._status) return doc
    const status = operation === 'update' && previousDoc?._status !== doc._status && doc._status ? ` Status: ${previousDoc?._status ?? '-'} -> ${doc._status}.` : ''
    await writeAuditEntry(
      req.payload,
      options,
      {
        action: operation === 'create' ? 'created' : 'changed',
        collectionSlug: collection.slug,
        documentId: doc.id,
        documentTitle: titleOf(doc, collection.admin?.useAsTitle),
        summary: operation === 'create' ? 'Aangemaakt.' : `Gewijzigd: ${changed.join(', ') || '-'}.${status}`,
      },
      { req },
    )
    return doc
  }

export const auditDataAfterDelete =
  (options: SanitizedWorkflowOptions): CollectionAfterDeleteHook =>
  async ({ collection, doc, id, req }) => {
    await writeAuditEntry(
      req.payload,
      options,
      { action: 'deleted', collectionSlug: collection.slug, documentId: id, documentTitle: titleOf(doc, collection.admin?.useAsTitle), summary: 'Verwijderd.' },
      { req },
    )
    return doc
  }
