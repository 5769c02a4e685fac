import type { CollectionBeforeOperationHook } from 'payload'

import { guardsPublishedVersion } from '@jaarverslag/published-versions'

import type { RecordId } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { refuseIfPublishedDocumentsUse } from '../server/usedDataRefusal.ts'

/**
 * The same refusal where the published-versions plugin does not guard the datasets: only an
 * operation knows a draft save (which leaves the published dataset alone) from an unpublish.
 * Blind to version restores and to a pending draft.
 */
export const refuseUnpublishingUsedDatasetBeforeOperation =
  (options: SanitizedKeyFiguresOptions): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (guardsPublishedVersion(req, collection.slug, 'id' in args ? args.id : undefined)) return args
    if (operation !== 'update' || args.draft || (args.data as { _status?: string } | undefined)?._status !== 'draft') return args
    const ids: RecordId[] =
      'id' in args && args.id !== undefined
        ? [args.id as RecordId]
        : (
            await req.payload.find({
              collection: options.slugs.datasets,
              depth: 0,
              limit: 0,
              overrideAccess: true,
              pagination: false,
              req,
              select: { id: true } as never,
              where: args.where,
            })
          ).docs.map((doc) => (doc as { id: RecordId }).id)
    await refuseIfPublishedDocumentsUse({ change: 'unpublish', ids, kind: 'datasets', options, req })
    return args
  }
