import type { CollectionBeforeDeleteHook } from 'payload'

import type { SanitizedReportPdfOptions } from '../types'

import { removeEditions } from '../server/editions'

/** A report that is deleted takes its editions (and their files) with it; they point to it and cannot outlive it. */
export const removeEditionsBeforeDelete =
  (options: SanitizedReportPdfOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await removeEditions(id, req, options)
  }
