import type { CollectionAfterChangeHook } from 'payload'

import type { Finding } from '@jaarverslag/key-figures/types'
import type { SanitizedWorkflowOptions } from '../types.ts'

import { changedFields } from '../changes.ts'
import { titleOfData, writeAuditEntry } from '../server/audit.ts'
import { publicationOfSave } from '../server/publication.ts'

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
    const base = { collectionSlug: collection.slug, documentId: doc.id, documentTitle: titleOfData(doc, collection.admin?.useAsTitle) }
    const footing: Finding[] = options.keyFigures?.audit.footingOf(doc) ?? []
    const failing = footing.map((finding) => ` ${finding.message.nl}.`).join('')
    if (operation === 'create') {
      await writeAuditEntry(req.payload, options, { ...base, action: 'created', findings: footing, summary: `Aangemaakt.${failing}` }, { req })
      return doc
    }
    const answers = options.keyFigures?.audit.answerFields ?? []
    const changed = changedFields(doc, previousDoc).filter((field) => field !== 'updatedAt' && !answers.includes(field))
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
