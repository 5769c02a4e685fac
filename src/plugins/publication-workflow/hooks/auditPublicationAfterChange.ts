import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedWorkflowOptions } from '../types.ts'

import { writeAuditEntry } from '../server/audit.ts'
import { publicationOfSave } from '../server/publication.ts'

/**
 * For collections outside the review stages (`auditPublishing`): logs each publish and unpublish
 * of an existing document, with who, in the save's transaction. Other saves are not logged.
 */
export const auditPublicationAfterChange =
  (options: SanitizedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ collection, data, doc, operation, previousDoc, req }) => {
    if (operation !== 'update') return doc
    const { publishing, unpublishing } = publicationOfSave({ collection: collection.slug, data, id: doc.id, operation, previousStatus: previousDoc?._status, req })
    if (!publishing && !unpublishing) return doc
    const after: Record<string, unknown> = { ...previousDoc, ...doc, ...data }
    const title = after[collection.admin?.useAsTitle ?? 'title']
    await writeAuditEntry(
      req.payload,
      options,
      {
        action: unpublishing ? 'unpublished' : 'published',
        collectionSlug: collection.slug,
        documentId: doc.id,
        documentTitle: typeof title === 'string' ? title : null,
        summary: unpublishing ? 'Publicatie ingetrokken.' : 'Gepubliceerd.',
      },
      { req },
    )
    return doc
  }
