import type { KeyFigures } from '@jaarverslag/key-figures/types'
import type { CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

/** The review stages a document goes through; identifiers in English, labels in Dutch. */
export const stages = ['concept', 'review', 'approved', 'published'] as const
export type Stage = (typeof stages)[number]

export const stageLabels: Record<Stage, { en: string; nl: string }> = {
  approved: { en: 'Approved', nl: 'Goedgekeurd' },
  concept: { en: 'Draft', nl: 'Concept' },
  published: { en: 'Published', nl: 'Gepubliceerd' },
  review: { en: 'In review', nl: 'Ter review' },
}

/** Who is acting: a role of the logged-in user, or the server itself (Local API without a user). */
export type Actor = 'admin' | 'author' | 'editor' | 'none' | 'system'

type Overrides = Partial<Omit<CollectionConfig, 'fields' | 'slug'>> & {
  fields?: (args: { defaultFields: CollectionConfig['fields'] }) => CollectionConfig['fields']
}

export type PublicationWorkflowOptions = {
  /** Collections that go through the review stages. Each must keep versions with drafts. */
  collections: CollectionSlug[]
  /** Default true. When false the fields and the audit log are still added (same schema), nothing is enforced. */
  enabled?: boolean
  /**
   * The role names in the users collection's `roles` field (a select, `hasMany`) that act as
   * administrator, editor and author. Default `admin`, `editor`, `author`, field `roles`.
   */
  roles?: { admin?: string; author?: string; editor?: string; field?: string }
  /**
   * Which role a user acts in, when `roles` cannot say it. Default: from `roles` (the highest
   * wins: admin, editor, author), `none` for a user without one of those.
   */
  actorOf?: (user: PayloadRequest['user']) => Exclude<Actor, 'system'>
  /**
   * Fields an author may change on any document of the collection, also one they do not own
   * (e.g. `{ chapters: ['practices'] }`). Default: none.
   */
  authorFields?: Partial<Record<CollectionSlug, string[]>>
  /** Collections in which authors may create documents (they become the owner). Default: none. */
  authorsCreateIn?: CollectionSlug[]
  /** Slug of the audit log collection the plugin adds. Default `audit-log`. */
  auditLogSlug?: string
  auditLogOverrides?: Overrides
  /**
   * Other collections whose changes (and refused deletions) go into the audit log, e.g. the
   * key-figures datasets and records. Default: none.
   */
  auditCollections?: CollectionSlug[]
  /**
   * Other collections with drafts whose publishes and unpublishes (only those) go into the audit
   * log, e.g. collections outside the review stages. Default: none.
   */
  auditPublishing?: CollectionSlug[]
  /** The report a document belongs to (for the report-wide publish). Default `reports`, field `report`, slug field `slug`. */
  report?: { collection?: CollectionSlug; field?: string; slugField?: string }
  /**
   * The key-figures instance whose figure check the stages and publishes require (the value
   * `keyFiguresPlugin(...)` returned; register it before this plugin). Without it, no figures are
   * checked. Its dataset imports are audited when its records are in `auditCollections`.
   */
  keyFigures?: KeyFigures
}

export type SanitizedWorkflowOptions = Readonly<{
  collections: readonly CollectionSlug[]
  enabled: boolean
  actorOf: (user: PayloadRequest['user']) => Exclude<Actor, 'system'>
  authorFields: Partial<Record<string, string[]>>
  authorsCreateIn: readonly CollectionSlug[]
  auditLogSlug: CollectionSlug
  auditLogOverrides: Overrides
  auditCollections: readonly CollectionSlug[]
  auditPublishing: readonly CollectionSlug[]
  report: Readonly<{ collection: CollectionSlug; field: string; slugField: string }>
  keyFigures: KeyFigures | null
}>

/** Field names the plugin adds to every workflow collection. */
export const workflowFields = {
  notes: 'reviewNotes',
  owner: 'owner',
  reason: 'workflowReason',
  scheduledFailure: 'scheduledPublishFailure',
  stage: 'workflowStage',
} as const

/**
 * Server-only context flag for the plugin's own bookkeeping writes (marking a failed scheduled
 * publish). It lives on `req.context`, which no REST or GraphQL client can set.
 */
export const WORKFLOW_BOOKKEEPING = 'publicationWorkflow:bookkeeping'
