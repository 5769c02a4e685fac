import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import type { SanitizedReportPdfOptions } from '../types'

import { needsStoredStatus, publicationChange, reportsOf } from '../server/publication'
import { queueEditions } from '../server/queue'

/**
 * After a save that publishes or unpublishes a report or one of its documents, queue a new PDF
 * edition of that report (coalesced: one pending job per report). Draft saves change nothing
 * the public sees and queue nothing.
 */
export const queueEditionAfterChange =
  (options: SanitizedReportPdfOptions, { isReport }: { isReport: boolean }): CollectionAfterChangeHook =>
  async ({ collection, data, doc, previousDoc, req }) => {
    if (!options.enabled) return doc
    // A caller's `select` (the seed asks for none) trims `doc`; what the save asked for is in `data`.
    const status = (doc?._status ?? data?._status) as string | undefined
    const previousStatus = previousDoc?._status as string | undefined
    let mainStatus: string | undefined
    if (needsStoredStatus(status, previousStatus)) {
      const stored = await req.payload.db.findOne<{ _status?: string; id: number | string }>({
        collection: collection.slug as CollectionSlug,
        req,
        select: { _status: true },
        where: { id: { equals: doc.id } },
      })
      mainStatus = stored?._status
    }
    const change = publicationChange({ mainStatus, previousStatus, status })
    if (!change) return doc
    await queueEditions(isReport ? [doc.id] : reportsOf(options.reportField, doc, previousDoc), change, req, options)
    return doc
  }
