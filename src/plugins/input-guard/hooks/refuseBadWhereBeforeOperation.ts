import type { CollectionBeforeOperationHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { inputError } from '../server/context'
import { whereResolver } from '../server/whereResolver'
import { findWhereProblems } from '../where'

/** The operations that take a `where`, and the access each needs: reads (also of versions), counts, distinct values, bulk updates and deletes. */
const ACCESS_OF: Record<string, 'delete' | 'read' | 'readVersions' | 'update'> = {
  count: 'read',
  countVersions: 'readVersions',
  delete: 'delete',
  read: 'read',
  readDistinct: 'read',
  update: 'update',
}

/** Whether the caller may not do this at all: then Payload answers 403 before it reads the query, and so does this guard. */
const denied = async (req: PayloadRequest, collection: SanitizedCollectionConfig, operation: string): Promise<boolean> => {
  const access = collection.access[ACCESS_OF[operation]]
  return typeof access === 'function' && !(await access({ req }))
}

/**
 * Refuses a `where` that cannot be run as written, with an HTTP 400 naming each path
 * (`where.report.equals`) and the problem, before the database sees it: an unknown field or
 * operator, an operator the field cannot take, or a value that cannot be of the field's type. The
 * SQL adapters would otherwise pass NaN, undefined or a non-option to the database (a 500), or
 * read it as null and silently match documents with an empty field. Checked for calls with
 * access control (REST, GraphQL, the admin, the Local API as a user); the server's own queries
 * (`overrideAccess`) are trusted, as Payload trusts them. A caller who may not run the operation
 * at all still gets Payload's 403, never a hint about the collection's fields.
 */
export const refuseBadWhereBeforeOperation: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (!Object.hasOwn(ACCESS_OF, operation)) return args
  const { overrideAccess: argsOverrideAccess, showHiddenFields, where } = args as { overrideAccess?: boolean; showHiddenFields?: boolean; where?: unknown }
  if (overrideAccess ?? argsOverrideAccess) return args
  if (where === undefined || where === null) return args
  const problems = findWhereProblems(where, whereResolver(req, collection, Boolean(showHiddenFields)))
  if (!problems.length || (await denied(req, collection, operation))) return args
  throw inputError(collection.slug, problems, req)
}
