import type { CollectionBeforeValidateHook } from 'payload'

import { randomBytes } from 'node:crypto'

import { freshenRowIds, rowIdsOf } from '../rowIds'

/** The id Payload gives a new array row: 24 hex characters, like a MongoDB ObjectId. */
const newRowId = () => randomBytes(12).toString('hex')

/**
 * A new document (also a duplicate) gets new ids for all its array and block rows; an updated
 * one keeps the ids of its own rows and renumbers any other. A row id copied from another
 * document would otherwise collide with that document's row in the array table (a 500 on SQL).
 */
export const freshRowIdsBeforeValidate: CollectionBeforeValidateHook = ({ collection, data, operation, originalDoc }) => {
  if (!data) return data
  const keep = operation === 'update' ? rowIdsOf(collection.flattenedFields, originalDoc) : new Set<string>()
  freshenRowIds(collection.flattenedFields, data, keep, newRowId)
  return data
}
