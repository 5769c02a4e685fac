import type { CollectionSlug } from 'payload'

import type { KeyFiguresPluginOptions, SanitizedKeyFiguresOptions } from './types.ts'

/**
 * Defaults first, the user's options last: resolved once, handed to every factory, and frozen
 * (with its lists and groups): nothing changes them afterwards.
 */
export const sanitizeOptions = (options: KeyFiguresPluginOptions): SanitizedKeyFiguresOptions =>
  Object.freeze({
    adminGroup: options.adminGroup ?? { en: 'Data', nl: 'Data' },
    afterFigureCheckChange: options.afterFigureCheckChange ?? null,
    canCheck: options.canCheck ?? ((req) => Boolean(req.user)),
    collections: Object.freeze([...new Set(options.collections ?? [])]),
    datasetsOverrides: options.datasetsOverrides ?? {},
    editor: options.editor,
    enabled: options.enabled ?? true,
    recordsOverrides: options.recordsOverrides ?? {},
    report: Object.freeze({
      collection: (options.report?.collection ?? 'reports') as CollectionSlug,
      field: options.report?.field ?? 'report',
      slugField: options.report?.slugField ?? 'slug',
      titleField: options.report?.titleField ?? 'title',
    }),
    publicationCheckSections: Object.freeze([...(options.publicationCheckSections ?? [])]),
    slugs: Object.freeze({
      datasets: (options.slugs?.datasets ?? 'datasets') as CollectionSlug,
      records: (options.slugs?.records ?? 'dataset-records') as CollectionSlug,
    }),
  })

/** Whether the instance serves (gates, resolves) the collection with this slug. */
export const servesCollection = (options: Pick<SanitizedKeyFiguresOptions, 'collections'>, collection: string): boolean =>
  (options.collections as readonly string[]).includes(collection)
