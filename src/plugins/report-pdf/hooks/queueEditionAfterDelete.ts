import type { CollectionAfterDeleteHook } from 'payload'

import type { SanitizedReportPdfOptions } from '../types'

import { reportsOf } from '../server/publication'
import { queueEditions } from '../server/queue'

/** A deleted published document leaves its report: queue a new edition of that report. */
export const queueEditionAfterDelete =
  (options: SanitizedReportPdfOptions): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (options.enabled && doc?._status === 'published') await queueEditions(reportsOf(options.reportField, doc), 'delete', req, options)
    return doc
  }
