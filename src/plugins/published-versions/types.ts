import type { CollectionSlug, PayloadRequest } from 'payload'

import type { PublicationIntentKind } from './intent.ts'

export type PublishedVersionsOptions = {
  /**
   * Collections whose published version is guarded. Default: every collection with
   * `versions.drafts` in the config when the plugin runs (register it after plugins that add
   * collections, e.g. the key-figures datasets).
   */
  collections?: CollectionSlug[]
  /** Default true. When false nothing is classified or guarded. */
  enabled?: boolean
  /**
   * Which logged-in users may take a published document offline (an explicit unpublish). The
   * server itself (Local API without a user, e.g. a scheduled unpublish without a user) always
   * may. Default: nobody.
   */
  canUnpublish?: (req: PayloadRequest) => boolean | Promise<boolean>
}

export type SanitizedPublishedVersionsOptions = {
  collections: CollectionSlug[] | null
  enabled: boolean
  canUnpublish: (req: PayloadRequest) => boolean | Promise<boolean>
}

/** What one save does to one document's published version, as the first hook classified it. */
export type PublicationIntent = {
  kind: PublicationIntentKind
  collection: string
  id: number | string
  /** `_status` of the main row before the save; undefined when the save did not depend on it (a draft save). */
  mainStatus?: null | string
  /** The operation's `draft` argument. */
  draft: boolean
  restoring: boolean
}
