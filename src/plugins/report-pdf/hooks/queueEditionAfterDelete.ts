import type { CollectionAfterDeleteHook } from 'payload'

import type { SanitizedReportPdfOptions } from '../types'

import { removeOrphanEditions } from '../server/editions'
import { reportsOf } from '../server/publication'
import { queueEditions } from '../server/queue'

/**
 * A deleted published document leaves its report: queue a new edition. A deleted report takes
 * its editions (and their files) with it.
 */
export const queueEditionAfterDelete =
  (options: SanitizedReportPdfOptions, { isReport }: { isReport: boolean }): CollectionAfterDeleteHook =>
  async ({ doc, id, req }) => {
    if (!options.enabled) return doc
    if (isReport) {
      await removeOrphanEditions(id, req, options)
      return doc
    }
    if (doc?._status === 'published') await queueEditions(reportsOf(options.reportField, doc), 'delete', req, options)
    return doc
  }
