import type { CollectionSlug } from 'payload'

import type { PublicationWorkflowOptions, SanitizedWorkflowOptions } from './types.ts'

/** The role a user acts in, read from their roles field with the configured role names (the highest wins). */
const actorFromRoles =
  ({ admin = 'admin', author = 'author', editor = 'editor', field = 'roles' }: NonNullable<PublicationWorkflowOptions['roles']>): SanitizedWorkflowOptions['actorOf'] =>
  (user) => {
    const value = (user as Record<string, unknown> | null)?.[field]
    const roles = Array.isArray(value) ? value : typeof value === 'string' ? [value] : []
    if (roles.includes(admin)) return 'admin'
    if (roles.includes(editor)) return 'editor'
    if (roles.includes(author)) return 'author'
    return 'none'
  }

/**
 * Defaults first, the user's options last: resolved once, handed to every factory, and frozen
 * (with its lists and groups): nothing changes them afterwards.
 */
export const sanitizeOptions = (options: PublicationWorkflowOptions): SanitizedWorkflowOptions =>
  Object.freeze({
    actorOf: options.actorOf ?? actorFromRoles(options.roles ?? {}),
    auditCollections: Object.freeze([...new Set(options.auditCollections ?? [])]),
    auditLogOverrides: options.auditLogOverrides ?? {},
    auditLogSlug: (options.auditLogSlug ?? 'audit-log') as CollectionSlug,
    auditPublishing: Object.freeze([...new Set(options.auditPublishing ?? [])]),
    authorFields: options.authorFields ?? {},
    authorsCreateIn: Object.freeze([...new Set(options.authorsCreateIn ?? [])]),
    collections: Object.freeze([...new Set(options.collections ?? [])]),
    enabled: options.enabled ?? true,
    keyFigures: options.keyFigures ?? null,
    report: Object.freeze({
      collection: (options.report?.collection ?? 'reports') as CollectionSlug,
      field: options.report?.field ?? 'report',
      slugField: options.report?.slugField ?? 'slug',
    }),
  })
