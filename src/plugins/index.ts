import type { Plugin } from 'payload'

import { hasRole } from '../access'
import { slugs } from '../collections/slugs'
import { isEditor, publishedOrLoggedIn } from '../access'
import { inputGuardPlugin } from './input-guard'
import { keyFiguresPlugin } from './key-figures'
import { publicationWorkflowPlugin } from './publication-workflow'

/** Every plugin the CMS runs with, in order. */
export const plugins: Plugin[] = [
  keyFiguresPlugin({
    canCheck: (req) => hasRole(req.user, 'admin', 'editor'),
    collections: [slugs.chapters, slugs.featuredArticles, slugs.reports],
    // `KEY_FIGURES_ENABLED=false` runs the same build with the plugin's schema but none of its
    // behaviour: the benchmark's "without the plugin" server (bench/api-read.mjs).
    enabled: process.env.KEY_FIGURES_ENABLED !== 'false',
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
  // Last: it guards the collections the plugins above add too. The audit log and the import
  // history are written by the server only; their texts come from documents already checked.
  inputGuardPlugin({ exclude: ['audit-log', 'dataset-imports'] }),
]
