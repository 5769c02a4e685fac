import type { CollectionAfterOperationHook } from 'payload'

import { endOperation } from '../server/context.ts'

/** The tracked update or restore is over (an update by id reports itself as `updateByID`). */
export const forgetOperationAfterOperation: CollectionAfterOperationHook = ({ collection, operation, req, result }) => {
  if (operation === 'update' || operation === 'updateByID') endOperation(req, collection.slug, 'update')
  if (operation === 'restoreVersion') endOperation(req, collection.slug, 'restoreVersion')
  return result
}
