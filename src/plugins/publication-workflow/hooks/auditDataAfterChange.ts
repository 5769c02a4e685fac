import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Finding } from '../../key-figures'
import type { SanitizedWorkflowOptions } from '../types'

import { FOOTING_FIELD, removedWithDataset } from '../../key-figures'

import { changedFields, deletionAuditSummary } from '../changes'
import { writeAuditEntry } from '../server/audit'
import { publicationOfSave } from '../server/publication'

const titleOf = (doc: Record<string, unknown>, useAsTitle: string | undefined) => {
  const value = doc[useAsTitle ?? 'title'] ?? doc.title ?? doc.key
  return typeof value === 'string' ? value : null
}

/**
 * Logs changes to data the documents depend on (datasets, records), in the change's transaction.
 * For data with drafts it says what happened to the published version: published, unpublished,
 * or a draft saved (which changes no status, whatever the newest version was before). A record
 * save answered with failing footing rules (the key-figures plugin's `footing`) is logged with
 * them: in the summary, and as the entry's findings.
 */
export const auditDataAfterChange =
  (options: SanitizedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ collection, data, doc, operation, previousDoc, req }) => {
    const base = { collectionSlug: collection.slug, documentId: doc.id, documentTitle: titleOf(doc, collection.admin?.useAsTitle) }
    const footing = (Array.isArray(doc[FOOTING_FIELD]) ? doc[FOOTING_FIELD] : []) as Finding[]
    const failing = footing.map((finding) => ` ${finding.message.nl}.`).join('')
    if (operation === 'create') {
      await writeAuditEntry(req.payload, options, { ...base, action: 'created', findings: footing, summary: `Aangemaakt.${failing}` }, { req })
      return doc
    }
    const changed = changedFields(doc, previousDoc).filter((field) => field !== 'updatedAt' && field !== FOOTING_FIELD)
    const fields = changed.length ? ` Gewijzigd: ${changed.join(', ')}.` : ''
    const { draftSave, publishing, unpublishing } = publicationOfSave({ collection: collection.slug, data, id: doc.id, operation, previousStatus: previousDoc?._status, req })
    if (unpublishing) {
      await writeAuditEntry(req.payload, options, { ...base, action: 'unpublished', summary: `Publicatie ingetrokken.${fields}` }, { req })
    } else if (publishing) {
      await writeAuditEntry(req.payload, options, { ...base, action: 'published', summary: `Gepubliceerd.${fields}` }, { req })
    } else if (changed.length) {
      await writeAuditEntry(
        req.payload,
        options,
        { ...base, action: 'changed', findings: footing, summary: `${draftSave ? 'Concept opgeslagen.' : ''}${fields}${failing}`.trim() },
        { req },
      )
    }
    return doc
  }

export const auditDataAfterDelete =
  (options: SanitizedWorkflowOptions): CollectionAfterDeleteHook =>
  async ({ collection, doc, id, req }) => {
    await writeAuditEntry(
      req.payload,
      options,
      {
        action: 'deleted',
        collectionSlug: collection.slug,
        documentId: id,
        documentTitle: titleOf(doc, collection.admin?.useAsTitle),
        // A dataset goes with its records and import history (key-figures): the entry says how many.
        summary: deletionAuditSummary(removedWithDataset(req, id)),
      },
      { req },
    )
    return doc
  }
