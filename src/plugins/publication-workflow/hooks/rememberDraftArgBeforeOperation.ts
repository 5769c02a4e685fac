import type { CollectionBeforeOperationHook } from 'payload'

import { rememberDraftArg } from '../server/context.ts'

/**
 * Remembers whether a save is a draft save (`draft: true`, `?draft=true`): only then does
 * `_status: 'draft'` on a published document mean "a new draft" instead of "unpublish".
 */
export const rememberDraftArgBeforeOperation: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { draft, id } = args as { draft?: boolean; id?: number | string }
  rememberDraftArg(req, collection.slug, id, Boolean(draft))
  return args
}
