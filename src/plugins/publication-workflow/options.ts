import type { CollectionSlug } from 'payload'

import type { PublicationWorkflowOptions, SanitizedWorkflowOptions } from './types'

const defaultActorOf: SanitizedWorkflowOptions['actorOf'] = (user) => {
  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  if (roles.includes('admin')) return 'admin'
  if (roles.includes('editor')) return 'editor'
  if (roles.includes('author')) return 'author'
  return 'none'
}

/** Defaults first, the user's options last: resolved once, handed to every factory. */
export const sanitizeOptions = (options: PublicationWorkflowOptions): SanitizedWorkflowOptions => ({
  actorOf: options.actorOf ?? defaultActorOf,
  auditCollections: [...new Set(options.auditCollections ?? [])],
  auditLogOverrides: options.auditLogOverrides ?? {},
  auditLogSlug: (options.auditLogSlug ?? 'audit-log') as CollectionSlug,
  auditPublishing: [...new Set(options.auditPublishing ?? [])],
  authorFields: options.authorFields ?? {},
  authorsCreateIn: [...new Set(options.authorsCreateIn ?? [])],
  collections: [...new Set(options.collections ?? [])],
  enabled: options.enabled ?? true,
  keyFiguresDatasets: options.keyFiguresDatasets,
  report: {
    collection: (options.report?.collection ?? 'reports') as CollectionSlug,
    field: options.report?.field ?? 'report',
    slugField: options.report?.slugField ?? 'slug',
  },
})
