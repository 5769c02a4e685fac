import type { Plugin } from 'payload'

import { hasRole } from '../access'
import { slugs } from '../collections/slugs'
import { reportPrintPath } from '../config/frontend'
import { isEditor, publishedOrLoggedIn } from '../access'
import { accountSecurityPlugin, parseTrustProxy } from './account-security'
import { keyFiguresPlugin } from './key-figures'
import { publicationWorkflowPlugin } from './publication-workflow'
import { queueEditionsOnFigureCheckChange, type ReportPdfPluginOptions, reportPdfPlugin } from './report-pdf'

/** The PDF edition of each report (`report-pdfs`); its documents are the chapters and Uitgelicht articles. */
const reportPdfOptions: ReportPdfPluginOptions = {
  documents: [slugs.chapters, slugs.featuredArticles],
  // `REPORT_PDF_ENABLED=false`: no edition jobs are queued (the collection stays).
  enabled: process.env.REPORT_PDF_ENABLED !== 'false',
  printPath: reportPrintPath,
  report: { collection: slugs.reports },
}

/** Every plugin the CMS runs with, in order. */
export const plugins: Plugin[] = [
  keyFiguresPlugin({
    canCheck: (req) => hasRole(req.user, 'admin', 'editor'),
    collections: [slugs.chapters, slugs.featuredArticles, slugs.reports],
    // `KEY_FIGURES_ENABLED=false` runs the same build with the plugin's schema but none of its
    // behaviour: the benchmark's "without the plugin" server (bench/api-read.mjs).
    enabled: process.env.KEY_FIGURES_ENABLED !== 'false',
    // A figure that goes stale (or right again) changes the colophon of its report's PDF edition.
    afterFigureCheckChange: queueEditionsOnFigureCheckChange(reportPdfOptions),
    datasetsOverrides: {
      access: { create: isEditor, delete: isEditor, read: publishedOrLoggedIn, readVersions: isEditor, update: isEditor },
    },
    recordsOverrides: {
      access: { create: isEditor, delete: isEditor, read: () => true, update: isEditor },
    },
  }),
  // After keyFigures: its rules run after the figure gate, so both apply.
  publicationWorkflowPlugin({
    auditCollections: ['datasets', 'dataset-records'] as never,
    authorFields: { [slugs.chapters]: ['practices'], [slugs.featuredArticles]: ['practices'] },
    collections: [slugs.chapters, slugs.featuredArticles, slugs.reports, slugs.podcastEpisodes, slugs.publications],
  }),
  // Password policy, login throttling per address before the account lock, one answer for locked and wrong.
  accountSecurityPlugin({ collection: slugs.users, trustedProxies: parseTrustProxy(process.env.TRUST_PROXY) }),
  // Last: its hooks queue the PDF edition only after every other hook let the save through.
  reportPdfPlugin(reportPdfOptions),
]
