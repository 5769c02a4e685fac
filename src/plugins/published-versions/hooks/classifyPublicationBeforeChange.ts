import type { CollectionBeforeChangeHook } from 'payload'

import type { SanitizedPublishedVersionsOptions } from '../types.ts'

import { UnpublishRefusedError } from '../errors.ts'
import { classifyPublicationIntent } from '../intent.ts'
import { currentOperation, forgetIntent, keepPublishedRow, rememberIntent, takePublishedRow } from '../server/context.ts'
import { readMainRow } from '../server/mainRow.ts'

/**
 * Runs first on every update and restore of a collection with drafts. Reads the main row's
 * status, names what the save does to the published version (`classifyPublicationIntent`),
 * remembers it for the hooks after it (`publicationIntentOf`) and makes `data._status` say it:
 *
 * - a non-draft save of a published document that sends no `_status` would publish whatever
 *   the newest version holds (or, with a pending draft, take the document offline): it becomes
 *   an explicit publish, which the gate and the workflow then judge;
 * - restoring a draft version of a published document keeps the published main row (written
 *   back after the save by `keepPublishedVersionAfterChange`); the restored draft becomes the
 *   newest version;
 * - an unpublish is refused unless the user may unpublish (the server itself always may).
 */
export const classifyPublicationBeforeChange =
  (options: SanitizedPublishedVersionsOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const id = originalDoc?.id as number | string | undefined
    if (operation !== 'update' || id === undefined) return data
    const slug = collection.slug
    forgetIntent(req, slug, id)
    takePublishedRow(req, slug, id)
    const tracked = currentOperation(req, slug, id)
    if (!tracked) return data

    const restoring = tracked.operation === 'restoreVersion'
    // A restore brings back the version's `_status`; an update counts what the caller sent (by now
    // Payload has filled a missing one from the newest version).
    const input = restoring
      ? { draft: tracked.draft, operation: tracked.operation, restoredStatus: typeof data._status === 'string' ? data._status : null }
      : { draft: tracked.draft, operation: tracked.operation, sentStatus: tracked.sentStatus }
    // Only some saves depend on what is online (a draft save is one whatever is): read it only then,
    // the whole row when a restore may have to keep it.
    const dependsOnMainRow = classifyPublicationIntent({ ...input, mainStatus: 'published' }) !== classifyPublicationIntent({ ...input, mainStatus: 'draft' })
    const row = dependsOnMainRow ? await readMainRow(req, slug, id, restoring) : null
    const mainStatus = typeof row?._status === 'string' ? row._status : null
    const kind = classifyPublicationIntent({ ...input, mainStatus })

    if (kind === 'unpublish' && req.user && !(await options.canUnpublish(req))) {
      throw new UnpublishRefusedError({ collection: slug, req })
    }
    if (kind === 'publish') data._status = 'published'
    if (kind === 'restore-as-draft' && row) {
      data._status = 'draft'
      keepPublishedRow(req, slug, id, row)
    }
    rememberIntent(req, { collection: slug, draft: tracked.draft, id, kind, mainStatus: dependsOnMainRow ? mainStatus : undefined, restoring })
    return data
  }
