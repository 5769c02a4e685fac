import type { KeyFigures } from '@jaarverslag/key-figures/types'
import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedWorkflowOptions } from '../types.ts'

import { importAuditSummary } from '../changes.ts'
import { writeAuditEntry } from '../server/audit.ts'

/**
 * An applied dataset import writes its records without their hooks (thousands of rows in one
 * go), so the records' own audit entries are not written: the import is logged instead, once,
 * as a change of its dataset with what it added, changed and removed, in the import's
 * transaction (rolled back with it). Runs on the key-figures instance's imports collection.
 */
export const auditImportAfterChange =
  (options: SanitizedWorkflowOptions, keyFigures: KeyFigures): CollectionAfterChangeHook =>
  async ({ data, doc, operation, req }) => {
    if (operation !== 'create') return doc
    const entry = keyFigures.audit.importOf({ data, doc })
    const datasets = keyFigures.options.slugs.datasets
    const dataset = await req.payload.findByID({
      collection: datasets,
      depth: 0,
      disableErrors: true,
      draft: true,
      id: entry.dataset,
      overrideAccess: true,
      req,
      select: { title: true },
    })
    await writeAuditEntry(
      req.payload,
      options,
      {
        action: 'changed',
        collectionSlug: datasets,
        documentId: entry.dataset,
        documentTitle: (dataset as { title?: string } | null)?.title ?? null,
        summary: importAuditSummary(entry),
      },
      { req },
    )
    return doc
  }
