import type { CollectionBeforeDeleteHook } from 'payload'

import type { RecordId } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { deleteDatasetContents } from '../server/datasetContents.ts'

/**
 * A dataset is deleted with its records and its import history (in the same transaction), once
 * the hooks before this one let it go: a dataset a published document uses is refused (409).
 */
export const deleteRecordsAndImportsBeforeDelete =
  (options: SanitizedKeyFiguresOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await deleteDatasetContents(req, options, id as RecordId)
  }
