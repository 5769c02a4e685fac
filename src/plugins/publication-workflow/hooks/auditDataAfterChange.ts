import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Finding } from '../../key-figures'
import type { SanitizedWorkflowOptions } from '../types'

import { FOOTING_FIELD } from '../../key-figures'

import { changedFields } from '../changes'
import { writeAuditEntry } from '../server/audit'

const titleOf = (doc: Record<string, unknown>, useAsTitle: string | undefined) => {
  const value = doc[useAsTitle ?? 'title'] ?? doc.title ?? doc.key
  return typeof value === 'string' ? value : null
}

/**
 * Logs changes to data the documents depend on (datasets, records), in the change's transaction.
 * A record save answered with failing footing rules (the key-figures plugin's `footing`) is
 * logged with them: in the summary, and as the entry's findings.
 */
export const auditDataAfterChange =
  (options: SanitizedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    const footing = (Array.isArray(doc[FOOTING_FIELD]) ? doc[FOOTING_FIELD] : []) as Finding[]
    const changed = operation === 'create' ? [] : changedFields(doc, previousDoc).filter((field) => field !== 'updatedAt' && field !== FOOTING_FIELD)
    if (operation === 'update' && changed.length === 0 && previousDoc?._status === doc._status) return doc
    const status = operation === 'update' && previousDoc?._status !== doc._status && doc._status ? ` Status: ${previousDoc?._status ?? '-'} -> ${doc._status}.` : ''
    const failing = footing.map((finding) => ` ${finding.message.nl}.`).join('')
    await writeAuditEntry(
      req.payload,
      options,
      {
        action: operation === 'create' ? 'created' : 'changed',
        collectionSlug: collection.slug,
        documentId: doc.id,
        documentTitle: titleOf(doc, collection.admin?.useAsTitle),
        findings: footing,
        summary: operation === 'create' ? 'Aangemaakt.' : `Gewijzigd: ${changed.join(', ') || '-'}.${status}${failing}`,
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
