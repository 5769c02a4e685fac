import type { CollectionBeforeDeleteHook } from 'payload'

import { rememberDelete } from '../server/context.ts'

/** Runs first: notes a deletion, so that a refusal by a later hook can be written to the audit log. */
export const noteDeleteBeforeDelete: CollectionBeforeDeleteHook = ({ collection, id, req }) => {
  rememberDelete(req, { collection: collection.slug, id, title: null })
}
