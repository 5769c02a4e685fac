import type { CollectionSlug } from 'payload'

import type { KeyFiguresPluginOptions, SanitizedKeyFiguresOptions } from './types'

/** Defaults first, the user's options last: resolved once, handed to every factory. */
export const sanitizeOptions = (options: KeyFiguresPluginOptions): SanitizedKeyFiguresOptions => ({
  adminGroup: options.adminGroup ?? { en: 'Data', nl: 'Data' },
  afterFigureCheckChange: options.afterFigureCheckChange ?? null,
  canCheck: options.canCheck ?? ((req) => Boolean(req.user)),
  collections: [...new Set(options.collections ?? [])],
  datasetsOverrides: options.datasetsOverrides ?? {},
  editor: options.editor,
  enabled: options.enabled ?? true,
  recordsOverrides: options.recordsOverrides ?? {},
  report: {
    collection: (options.report?.collection ?? 'reports') as CollectionSlug,
    field: options.report?.field ?? 'report',
    slugField: options.report?.slugField ?? 'slug',
    titleField: options.report?.titleField ?? 'title',
  },
  richTextPaths: {},
  slugs: {
    datasets: (options.slugs?.datasets ?? 'datasets') as CollectionSlug,
    records: (options.slugs?.records ?? 'dataset-records') as CollectionSlug,
  },
})
