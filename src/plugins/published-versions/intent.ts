/**
 * What a save does to a document's published version, in one pure function. Every collection
 * with drafts keeps two things: the main row (what anonymous readers get) and its versions (the
 * newest may be a draft that is not online yet). Payload decides what happens to the main row
 * from the operation's `draft` argument and the `_status` the save ends up with; this names it.
 */

/**
 * - `create`: a new document (nothing is online yet that could be changed or taken offline).
 * - `draft-save`: a new draft version; the main row is not touched (`draft: true`, also a restore
 *   with `draft: true`).
 * - `publish`: the main row gets this save's content, published (an explicit `_status:
 *   'published'`, a non-draft save of a published document, a restore of a published version).
 * - `unpublish`: the main row of a published document becomes a draft: it goes offline
 *   (`_status: 'draft'` sent on a non-draft save).
 * - `restore-as-draft`: a draft version of a published document is restored: it becomes the newest
 *   draft, the published main row stays online.
 * - `plain`: a save of a document that is not published (nothing online changes).
 */
export type PublicationIntentKind = 'create' | 'draft-save' | 'plain' | 'publish' | 'restore-as-draft' | 'unpublish'

export type PublicationIntentInput = {
  operation: 'create' | 'restoreVersion' | 'update'
  /** The operation's `draft` argument (`?draft=true`, GraphQL `draft: true`, Local API `draft: true`). */
  draft: boolean
  /** `_status` of the document's main row before the save; none on create. */
  mainStatus?: null | string
  /** `_status` in the data of an update when the collection hooks run (Payload sets `draft` for a draft save). */
  sentStatus?: null | string
  /** `_status` of the version a restore brings back. */
  restoredStatus?: null | string
}

export const classifyPublicationIntent = ({ draft, mainStatus, operation, restoredStatus, sentStatus }: PublicationIntentInput): PublicationIntentKind => {
  if (operation === 'create') return 'create'
  const published = mainStatus === 'published'
  if (operation === 'restoreVersion') {
    if (draft) return 'draft-save'
    if (restoredStatus === 'published') return 'publish'
    return published ? 'restore-as-draft' : 'plain'
  }
  // Payload publishes whenever the data says `published`, also on a draft save.
  if (sentStatus === 'published') return 'publish'
  if (draft) return 'draft-save'
  if (!published) return 'plain'
  // A non-draft save of a published document writes the main row: sending `draft` takes it
  // offline, sending nothing publishes this save's content.
  return sentStatus === 'draft' ? 'unpublish' : 'publish'
}
