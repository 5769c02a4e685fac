import type { CollectionConfig, Config } from 'payload'

import type { FigureCheckChangeListener } from '@jaarverslag/key-figures/types'
import type { ReportPdfPluginOptions, SanitizedReportPdfOptions } from './types'

import { createReportPdfsCollection } from './collections/reportPdfs'
import { queueEditionAfterChange } from './hooks/queueEditionAfterChange'
import { queueEditionAfterDelete } from './hooks/queueEditionAfterDelete'
import { removeEditionsBeforeDelete } from './hooks/removeEditionsBeforeDelete'
import { sanitizeOptions } from './options'
import { reportsOf } from './server/publication'
import { queueEditions } from './server/queue'
import { generateReportPdfTask } from './tasks/generateReportPdf'

export type { ReportPdfPluginOptions, SanitizedReportPdfOptions } from './types'
export { findChromium, NO_CHROMIUM } from './render/chromium'

/**
 * The PDF edition of every published report: a job prints the report's print page with headless
 * Chromium after every publish, unpublish or delete that changes it, and stores the file with its
 * SHA-256 in the editions collection (`report-pdfs`).
 */
export const reportPdfPlugin =
  (pluginOptions: ReportPdfPluginOptions = {}) =>
  (incoming: Config): Config => {
    const options = sanitizeOptions(pluginOptions)
    const watched = new Set<string>([options.report.collection, ...options.documents])
    const collections = (incoming.collections ?? []).map((collection): CollectionConfig => {
      if (!watched.has(collection.slug) || !options.enabled) return collection
      const isReport = collection.slug === options.report.collection
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), queueEditionAfterChange(options, { isReport })],
          ...(isReport
            ? { beforeDelete: [...(collection.hooks?.beforeDelete ?? []), removeEditionsBeforeDelete(options)] }
            : { afterDelete: [...(collection.hooks?.afterDelete ?? []), queueEditionAfterDelete(options)] }),
        },
      }
    })
    // Added even when disabled, so the database schema keeps its shape.
    collections.push(createReportPdfsCollection(options))
    return {
      ...incoming,
      collections,
      jobs: {
        ...incoming.jobs,
        // Adds `concurrencyKey` to the jobs collection: one pending edition job per report.
        enableConcurrencyControl: true,
        tasks: [...(incoming.jobs?.tasks ?? []), generateReportPdfTask(options)],
      },
    }
  }

/**
 * For the key-figures plugin's `afterFigureCheckChange`: when data changes make a published
 * figure stale (or right again), the edition of its report is made again.
 */
export const queueEditionsOnFigureCheckChange = (pluginOptions: ReportPdfPluginOptions = {}): FigureCheckChangeListener => {
  const options: SanitizedReportPdfOptions = sanitizeOptions(pluginOptions)
  return async ({ changes, req }) => {
    if (!options.enabled || changes.length === 0) return
    const reports: (number | string)[] = []
    const byCollection = new Map<string, (number | string)[]>()
    for (const change of changes) {
      if (change.collection === options.report.collection) reports.push(change.id)
      else if (options.documents.includes(change.collection as never)) byCollection.set(change.collection, [...(byCollection.get(change.collection) ?? []), change.id])
    }
    for (const [collection, ids] of byCollection) {
      const docs = await req.payload.db.find({
        collection: collection as never,
        limit: 0,
        pagination: false,
        req,
        select: { [options.reportField]: true },
        where: { id: { in: ids } },
      })
      reports.push(...reportsOf(options.reportField, ...(docs.docs as Record<string, unknown>[])))
    }
    await queueEditions(reports, 'stale', req, options)
  }
}
