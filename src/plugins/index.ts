import type { PublicationWorkflowOptions } from '@jaarverslag/publication-workflow/types'
import type { Plugin } from 'payload'

import { keyFiguresPlugin } from '@jaarverslag/key-figures'
import { publicationCheckSection, publicationWorkflowPlugin } from '@jaarverslag/publication-workflow'
import { publishedVersionsPlugin } from '@jaarverslag/published-versions'

import { hasRole, inPublishedDatasetOrLoggedIn, isEditor, publishedOrLoggedIn } from '../access'
import { contentCollections, slugs } from '../collections/slugs'
import { reportPrintPath } from '../config/frontend'
import { accountSecurityPlugin, parseTrustProxy } from './account-security'
import { adminMenuPlugin } from './admin-menu'
import { CACHE_SIGNALS_SLUG, cacheSignalsPlugin, signalFigureCheckChange } from './cache-signals'
import { inputGuardPlugin } from './input-guard'
import { JOB_CLAIMS_SLUG, jobLeasesPlugin, leaseMs } from './job-leases'
import { rollForwardPlugin, sanitizeRollForwardOptions } from './roll-forward'
import { queueEditionsOnFigureCheckChange, type ReportPdfPluginOptions, reportPdfPlugin } from './report-pdf'

/** The PDF edition of each report (`report-pdfs`); its documents are the chapters and Uitgelicht articles. */
const reportPdfOptions: ReportPdfPluginOptions = {
  documents: [slugs.chapters, slugs.featuredArticles],
  // `REPORT_PDF_ENABLED=false`: no edition jobs are queued (the collection stays).
  enabled: process.env.REPORT_PDF_ENABLED !== 'false',
  printPath: reportPrintPath,
  report: { collection: slugs.reports },
  slug: slugs.reportPdfs,
}

/** The review stages: which collections go through them, and what authors may do. */
const workflowOptions: PublicationWorkflowOptions = {
  authorFields: { [slugs.chapters]: ['practices'], [slugs.featuredArticles]: ['practices'] },
  auditPublishing: [slugs.practices, slugs.people, slugs.podcastSeries],
  collections: [slugs.chapters, slugs.featuredArticles, slugs.reports, slugs.podcastEpisodes, slugs.publications],
  roles: { admin: 'admin', author: 'author', editor: 'editor', field: 'roles' },
}

const queueEditions = queueEditionsOnFigureCheckChange(reportPdfOptions)

/** The key figures of reports, chapters and Uitgelicht articles, bound to datasets (scripts and tests use this instance). */
export const keyFigures = keyFiguresPlugin({
  canCheck: (req) => hasRole(req.user, 'admin', 'editor'),
  collections: [slugs.chapters, slugs.featuredArticles, slugs.reports],
  // `KEY_FIGURES_ENABLED=false` runs the same build with the plugin's schema but none of its
  // behaviour: the benchmark's "without the plugin" server (bench/api-read.mjs).
  enabled: process.env.KEY_FIGURES_ENABLED !== 'false',
  // A figure that goes stale (or right again) changes the colophon of its report's PDF edition,
  // and the pages that show it, on every server.
  afterFigureCheckChange: async (args) => {
    await queueEditions(args)
    await signalFigureCheckChange(args)
  },
  datasetsOverrides: {
    access: { create: isEditor, delete: isEditor, read: publishedOrLoggedIn, readVersions: isEditor, update: isEditor },
  },
  // The workflow's failed scheduled publishes and report-wide publish, under the figure check.
  publicationCheckSections: [
    publicationCheckSection(workflowOptions),
    // Next year's report: x of y figures confirmed, z awaiting data, w wrong, per document.
    '/plugins/roll-forward/components/FigureProgressSection#FigureProgressSection',
  ],
  recordsOverrides: {
    access: { create: isEditor, delete: isEditor, read: inPublishedDatasetOrLoggedIn, update: isEditor },
  },
})

/** Next year's report from this one (the plugin, `npm run report:rollforward`). */
export const rollForwardOptions = sanitizeRollForwardOptions({
  canRollForward: (req) => hasRole(req.user, 'admin', 'editor'),
  collections: { chapters: slugs.chapters, featuredArticles: slugs.featuredArticles, reports: slugs.reports },
  keyFigures,
})

/** Every plugin the CMS runs with, in order. */
export const plugins: Plugin[] = [
  keyFigures,
  // Requires the figure check of `keyFigures` (registered before it; the other order is refused at start).
  publicationWorkflowPlugin({
    ...workflowOptions,
    auditCollections: [keyFigures.options.slugs.datasets, keyFigures.options.slugs.records],
    keyFigures,
  }),
  // Next year's report from this one: editors and admins (README "Next year's report").
  rollForwardPlugin(rollForwardOptions),
  // Password policy, login throttling per address before the account lock, one answer for locked and wrong.
  accountSecurityPlugin({ collection: slugs.users, trustedProxies: parseTrustProxy(process.env.TRUST_PROXY) }),
  // Its hooks queue the PDF edition after the hooks above let the save through.
  reportPdfPlugin(reportPdfOptions),
  // After the plugins that add collections, so it sees every collection with drafts (also the
  // key-figures datasets); its hooks go first, so the figure gate, the workflow and the dataset
  // guard see what a save does to the published version.
  publishedVersionsPlugin({ canUnpublish: (req) => hasRole(req.user, 'admin', 'editor') }),
  // The public site's caches on every server: what a change expires, written with the change.
  cacheSignalsPlugin({
    data: { datasets: keyFigures.options.slugs.datasets, imports: keyFigures.importsSlug, records: keyFigures.options.slugs.records },
    // The PDF editions too: a new one changes the report page's link and what /pdf serves.
    pages: [...contentCollections, slugs.media, slugs.files, slugs.reportPdfs],
  }),
  // Each queued job (scheduled publishes, PDF editions) runs on one server, and is taken up again
  // when its server died (JOBS_LEASE_SECONDS).
  jobLeasesPlugin({ holdAfterClaimMs: Number(process.env.JOBS_TEST_HOLD_AFTER_CLAIM_MS) || 0, leaseMs: leaseMs() }),
  // Last: it guards the collections the plugins above add too. The audit log and the import
  // history are written by the server only; their texts come from documents already checked.
  inputGuardPlugin({ exclude: ['audit-log', keyFigures.importsSlug, slugs.reportPdfs, CACHE_SIGNALS_SLUG, JOB_CLAIMS_SLUG] }),
  // The menu shows each role what it can use: accounts for admins, datasets, imports and the logs for
  // editors. Not the records: an author binds figures of their own documents to them, and Lexical
  // refuses a relationship to a collection hidden from the user (applyBaseFilterToFields).
  adminMenuPlugin({
    [slugs.users]: ['admin'],
    [keyFigures.options.slugs.datasets]: ['admin', 'editor'],
    [keyFigures.importsSlug]: ['admin', 'editor'],
    'audit-log': ['admin', 'editor'],
    [slugs.reportPdfs]: ['admin', 'editor'],
  }),
]
