import type { CollectionBeforeDeleteHook } from 'payload'

import type { RecordId } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { refuseIfPublishedDocumentsUse } from '../server/usedDataRefusal.ts'

/** A record or dataset that a published document depends on cannot be deleted (409, naming the documents). */
export const refuseDeletingUsedDataBeforeDelete =
  (options: SanitizedKeyFiguresOptions, kind: 'datasets' | 'records'): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await refuseIfPublishedDocumentsUse({ change: 'delete', ids: [id as RecordId], kind, options, req })
  }
