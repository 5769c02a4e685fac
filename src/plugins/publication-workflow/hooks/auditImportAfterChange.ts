import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import type { SanitizedWorkflowOptions } from '../types'

import { importAuditSummary } from '../changes'
import { writeAuditEntry } from '../server/audit'

type ImportEntry = {
  dataset: unknown
  fileName: string
  summary?: { added?: number | null; changed?: number | null; removed?: number | null; unchanged?: number | null } | null
  version: number
}

/**
 * An applied dataset import writes its records without their hooks (thousands of rows in one
 * go), so the records' own audit entries are not written: the import is logged instead, once,
 * as a change of its dataset with what it added, changed and removed, in the import's
 * transaction (rolled back with it). Runs on the key-figures plugin's imports collection.
 */
export const auditImportAfterChange =
  (options: SanitizedWorkflowOptions, datasetsSlug: string): CollectionAfterChangeHook =>
  async ({ data, doc, operation, req }) => {
    if (operation !== 'create') return doc
    // `doc` holds only what the creator selected; `data` is what was written.
    const entry = { ...data, ...doc } as ImportEntry
    const datasetId = entry.dataset && typeof entry.dataset === 'object' ? (entry.dataset as { id: number | string }).id : (entry.dataset as number | string)
    const dataset = await req.payload.findByID({
      collection: datasetsSlug as CollectionSlug,
      depth: 0,
      disableErrors: true,
      draft: true,
      id: datasetId,
      overrideAccess: true,
      req,
      select: { title: true } as never,
    })
    await writeAuditEntry(
      req.payload,
      options,
      {
        action: 'changed',
        collectionSlug: datasetsSlug,
        documentId: datasetId,
        documentTitle: (dataset as { title?: string } | null)?.title ?? null,
        summary: importAuditSummary({ fileName: entry.fileName, summary: entry.summary ?? {}, version: entry.version }),
      },
      { req },
    )
    return doc
  }
