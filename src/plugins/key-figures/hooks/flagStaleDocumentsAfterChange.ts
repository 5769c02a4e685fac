import type { CollectionAfterChangeHook } from 'payload'

import type { RecordId } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'


import { datasetChanged, recordChanged } from '../server/dataChanges.ts'
import { markStaleDocuments } from '../server/markStaleDocuments.ts'

/**
 * When data changes under published figures, the documents that use it are checked again
 * (found through the figures' own indexed relationships and `referencedRecords`, in one batch). Those
 * that no longer match are marked `stale` with their findings; their published text is left as
 * it is, for an editor to correct.
 */
export const flagStaleDocumentsAfterChange =
  (options: SanitizedKeyFiguresOptions, kind: 'datasets' | 'records'): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (!options.enabled || operation !== 'update' || !previousDoc) return doc
    const changed = kind === 'records' ? recordChanged(doc, previousDoc) : datasetChanged(doc, previousDoc)
    if (!changed) return doc
    await markStaleDocuments({ ids: [doc.id as RecordId], kind, options, req })
    return doc
  }
