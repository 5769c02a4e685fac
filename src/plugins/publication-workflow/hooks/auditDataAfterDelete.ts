import type { CollectionAfterDeleteHook } from 'payload'

import type { SanitizedWorkflowOptions } from '../types.ts'

import { deletionAuditSummary } from '../changes.ts'
import { titleOfData, writeAuditEntry } from '../server/audit.ts'

/**
 * Logs the deletion of data the documents depend on, in the deletion's transaction. A dataset
 * goes with its records and import history (key-figures): the entry says how many.
 */
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
        documentTitle: titleOfData(doc, collection.admin?.useAsTitle),
        summary: deletionAuditSummary(options.keyFigures?.audit.removedWithDataset(req, id as number | string)),
      },
      { req },
    )
    return doc
  }
