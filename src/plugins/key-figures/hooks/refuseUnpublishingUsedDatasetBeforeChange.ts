import type { CollectionBeforeChangeHook } from 'payload'

import { publicationIntentOf } from '@jaarverslag/published-versions'

import type { RecordId } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { refuseIfPublishedDocumentsUse } from '../server/usedDataRefusal.ts'

/**
 * Unpublishing a dataset would leave published figures without data: refused while any use it.
 * What a save does to the published dataset (an unpublish, a draft save, a restore that keeps the
 * published version) was classified by the published-versions plugin before this hook, on every
 * path: REST, bulk, GraphQL, the Local API, version restores.
 */
export const refuseUnpublishingUsedDatasetBeforeChange =
  (options: SanitizedKeyFiguresOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const id = originalDoc?.id as RecordId | undefined
    if (id === undefined || publicationIntentOf(req, collection.slug, id)?.kind !== 'unpublish') return data
    await refuseIfPublishedDocumentsUse({ change: 'unpublish', ids: [id], kind: 'datasets', options, req })
    return data
  }
