import type { CollectionBeforeOperationHook } from 'payload'

import { startOperation } from '../server/context.ts'

/**
 * Runs first: remembers the `draft` argument of an update or restore, and the `_status` an update
 * sends, for the collection hooks of the same save: they get neither (and decide what the save
 * does to the published version).
 */
export const trackOperationBeforeOperation: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'update' && operation !== 'restoreVersion') return args
  const { data, draft, id } = args as { data?: { _status?: unknown }; draft?: boolean; id?: number | string }
  const sent = data?._status
  startOperation(req, {
    collection: collection.slug,
    draft: Boolean(draft),
    id: operation === 'update' && id !== undefined && id !== null ? id : undefined,
    operation,
    sentStatus: operation === 'update' && typeof sent === 'string' ? sent : null,
  })
  return args
}
