import type { PayloadRequest } from 'payload'

import type { EditionReason, SanitizedReportPdfOptions } from '../types'

/** One pending job per report: Payload's concurrency key, with `supersedes` (see the task). */
export const editionConcurrencyKey = ({ input }: { input: { report?: number | string } }) => `report-pdf:${input.report ?? ''}`

/**
 * Queues a new edition of each report, in the request's transaction: rolled back with it.
 * Queuing again before the job ran replaces the pending job (Payload's `supersedes`).
 */
export const queueEditions = async (reportIds: readonly (number | string)[], reason: EditionReason, req: PayloadRequest, options: SanitizedReportPdfOptions): Promise<void> => {
  if (!options.enabled) return
  for (const report of new Set(reportIds.map(String))) {
    await req.payload.jobs.queue({ input: { reason, report } as never, req, task: options.taskSlug as never })
  }
}
