import type { CollectionBeforeOperationHook } from 'payload'

import { mayNotRun } from '../server/access'
import { idTypeReader, inputError } from '../server/context'
import { documentIdProblem } from '../where'

/** The operations on one document (or version) by its id: read, update, delete, restore a version. */
const BY_ID = new Set(['delete', 'read', 'restoreVersion', 'update'])

/**
 * Refuses an id that cannot be the id of a document of the collection (`/api/chapters/abc` where
 * ids are numbers) with an HTTP 400 naming `id`, instead of the database's 500 (NaN as a
 * parameter). Checked for calls with access control, like the `where` guard; a caller who may not
 * run the operation at all still gets Payload's 403.
 */
export const refuseBadIdBeforeOperation: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (!BY_ID.has(operation)) return args
  const { id, overrideAccess: argsOverrideAccess } = args as { id?: unknown; overrideAccess?: boolean }
  if (id === undefined || id === null || (overrideAccess ?? argsOverrideAccess)) return args
  const problem = documentIdProblem(id, collection.slug, idTypeReader(req)(collection.slug))
  if (!problem || (await mayNotRun(req, collection, operation))) return args
  throw inputError(collection.slug, [{ label: { en: 'ID', nl: 'ID' }, message: problem, path: 'id' }], req)
}
