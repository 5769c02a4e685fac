import type { TaskConfig } from 'payload'

import type { SanitizedReportPdfOptions } from '../types'

import { makeEdition } from '../server/editions'
import { editionConcurrencyKey } from '../server/queue'

/**
 * The job that makes a report's PDF edition. Payload's concurrency control keeps one pending job
 * per report (`supersedes`: queuing again replaces the one still waiting) and never runs two for
 * the same report at once.
 */
export const generateReportPdfTask = (options: SanitizedReportPdfOptions): TaskConfig => ({
  // The slug is an option; Payload's types only know the slugs of the generated types.
  slug: options.taskSlug as TaskConfig['slug'],
  label: 'Pdf-editie van een jaarverslag maken',
  concurrency: { exclusive: true, key: editionConcurrencyKey as never, supersedes: true },
  inputSchema: [
    { name: 'report', type: 'text', required: true },
    { name: 'reason', type: 'text' },
  ],
  outputSchema: [
    { name: 'edition', type: 'text' },
    { name: 'sha256', type: 'text' },
    { name: 'pages', type: 'number' },
    { name: 'withdrawn', type: 'checkbox' },
  ],
  // A print can fail while the site restarts; a missing Chromium cancels the job instead (no retry).
  retries: { attempts: 2, backoff: { delay: 30_000, type: 'exponential' } },
  handler: async ({ input, req }) => {
    const { report, reason } = input as { reason?: string; report: string }
    return { output: await makeEdition({ options, reason: reason ?? 'publish', reportId: report, req }) }
  },
})
