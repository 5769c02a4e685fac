import type { CollectionSlug } from 'payload'

import type { KeyFiguresPluginOptions, SanitizedKeyFiguresOptions } from './types.js'

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
  publicationCheckSections: [...(options.publicationCheckSections ?? [])],
  slugs: {
    datasets: (options.slugs?.datasets ?? 'datasets') as CollectionSlug,
    records: (options.slugs?.records ?? 'dataset-records') as CollectionSlug,
  },
})

/** Whether the instance serves (gates, resolves) the collection with this slug. */
export const servesCollection = (options: Pick<SanitizedKeyFiguresOptions, 'collections'>, collection: string): boolean =>
  (options.collections as readonly string[]).includes(collection)
