import type { CollectionAfterOperationHook, CollectionSlug } from 'payload'

import { createLocalReq } from 'payload'

import type { RecordId } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { recheckPublished } from '../import/server/recheck.ts'
import { currentDatasetVersions, type DatasetVersions, sameVersions } from '../import/server/versions.ts'
import { SKIP_FIGURE_RESOLVE } from '../resolve/field.ts'
import { afterCommit } from '../server/afterCommit.ts'

/**
 * Step 4 of the argument in import/server/recheck.ts: once a publish has committed, its stored
 * dataset versions are compared with the current ones, and the document is checked again when an
 * import came in between.
 */
export const recheckPublishedDocumentAfterOperation =
  (options: SanitizedKeyFiguresOptions): CollectionAfterOperationHook =>
  async ({ collection, operation, req, result }) => {
    if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return result
    const docs = (operation === 'update' ? ((result as { docs?: unknown[] }).docs ?? []) : [result]) as Record<string, unknown>[]
    for (const doc of docs) {
      if (!doc || doc._status !== 'published' || doc.id === undefined) continue
      const target = { doc: { collection: collection.slug, id: doc.id as RecordId } }
      // What the gate stored in this transaction, when the result carries it (saves a read).
      const written = (doc.figureCheck as { datasetVersions?: DatasetVersions } | undefined)?.datasetVersions
      await afterCommit(req, async () => {
        const local = await createLocalReq({}, req.payload)
        let verified = written
        // Keys of the stored map are strings; the query wants the adapter's id type.
        const asId = (key: string): RecordId => (req.payload.db.defaultIDType === 'number' ? Number(key) : key)
        if (!written) {
          const { docs: stored } = await local.payload.find({
            collection: collection.slug as CollectionSlug,
            context: { [SKIP_FIGURE_RESOLVE]: true },
            depth: 0,
            limit: 1,
            overrideAccess: true,
            req: local,
            select: { figureCheck: true } as never,
            where: { and: [{ id: { equals: doc.id } }, { _status: { equals: 'published' } }] },
          })
          if (!stored[0]) return
          verified = ((stored[0] as Record<string, unknown>).figureCheck as { datasetVersions?: DatasetVersions } | undefined)?.datasetVersions
        }
        const datasetIds: RecordId[] = verified ? Object.keys(verified).map(asId) : []
        if (datasetIds.length === 0) return
        const current = await currentDatasetVersions(datasetIds, local, options)
        if (!sameVersions(verified, current)) await recheckPublished(target, local, options)
      })
    }
    return result
  }
