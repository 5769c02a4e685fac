import type { CollectionSlug } from 'payload'

import path from 'node:path'

import type { ReportPdfPluginOptions, SanitizedReportPdfOptions } from './types'

const withoutSlash = (url: string) => url.replace(/\/+$/, '')

/** Defaults first, the user's options last: resolved once, handed to every factory. */
export const sanitizeOptions = (options: ReportPdfPluginOptions = {}): SanitizedReportPdfOptions => ({
  documents: [...new Set(options.documents ?? (['chapters', 'featured-articles'] as CollectionSlug[]))],
  enabled: options.enabled ?? true,
  keep: Math.max(1, options.keep ?? 5),
  overrides: options.overrides ?? {},
  printPath: options.printPath ?? ((slug) => `/jaarverslagen/${encodeURIComponent(slug)}/afdrukken`),
  publicUrl: options.publicUrl ?? (() => (process.env.NEXT_PUBLIC_SERVER_URL ? withoutSlash(process.env.NEXT_PUBLIC_SERVER_URL) : null)),
  report: {
    collection: (options.report?.collection ?? 'reports') as CollectionSlug,
    slugField: options.report?.slugField ?? 'slug',
    titleField: options.report?.titleField ?? 'title',
  },
  reportField: options.reportField ?? 'report',
  siteUrl: options.siteUrl ?? (() => withoutSlash(process.env.REPORT_PDF_SITE_URL || process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000')),
  slug: (options.slug ?? 'report-pdfs') as CollectionSlug,
  staticDir: options.staticDir ?? (process.env.REPORT_PDFS_DIR || path.resolve(process.cwd(), 'uploads/report-pdfs')),
  taskSlug: options.taskSlug ?? 'generateReportPdf',
})
