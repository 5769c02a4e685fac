import type { CollectionBeforeOperationHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { InputProblem } from '../types'

import { mayNotRun } from '../server/access'
import { inputError } from '../server/context'
import { whereResolver } from '../server/whereResolver'
import { findWhereProblems } from '../where'

/** The operations that take a `where`: reads (also of versions), counts, distinct values, bulk updates and deletes. */
const WITH_WHERE = new Set(['count', 'countVersions', 'delete', 'read', 'readDistinct', 'update'])

type JoinQuery = false | { where?: unknown } | undefined

/** Problems of the `where` of each join a read asks for (`?joins[records][where][...]`), checked in the joined collection. */
const joinProblems = async (req: PayloadRequest, collection: SanitizedCollectionConfig, joins: unknown): Promise<InputProblem[]> => {
  if (!joins || typeof joins !== 'object') return []
  const problems: InputProblem[] = []
  for (const [joinPath, query] of Object.entries(joins as Record<string, JoinQuery>)) {
    if (!query || typeof query !== 'object' || query.where === undefined) continue
    const slug = Object.keys(collection.joins ?? {}).find((candidate) => collection.joins[candidate].some((join) => join.joinPath === joinPath))
    const joined = slug ? (req.payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[slug]?.config : undefined
    // An unknown join Payload ignores; one the reader may not read it leaves out.
    if (!joined || (await mayNotRun(req, joined, 'read'))) continue
    problems.push(...findWhereProblems(query.where, whereResolver(req, joined), `joins.${joinPath}.where`))
  }
  return problems
}

/**
 * Refuses a `where` that cannot be run as written, with an HTTP 400 naming each path
 * (`where.report.equals`, `joins.records.where.id.in`) and the problem, before the database sees
 * it: an unknown field or operator, an operator the field cannot take, or a value that cannot be
 * of the field's type. The SQL adapters would otherwise pass NaN, undefined or a non-option to
 * the database (a 500), or read it as null and silently match documents with an empty field.
 * Checked for calls with access control (REST, GraphQL, the admin, the Local API as a user); the
 * server's own queries (`overrideAccess`) are trusted, as Payload trusts them. A caller who may
 * not run the operation at all still gets Payload's 403, never a hint about the collection's fields.
 */
export const refuseBadWhereBeforeOperation: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (!WITH_WHERE.has(operation)) return args
  const { joins, overrideAccess: argsOverrideAccess, showHiddenFields, where } = args as { joins?: unknown; overrideAccess?: boolean; showHiddenFields?: boolean; where?: unknown }
  if (overrideAccess ?? argsOverrideAccess) return args
  const problems = [
    ...(where === undefined || where === null ? [] : findWhereProblems(where, whereResolver(req, collection, Boolean(showHiddenFields)))),
    ...(operation === 'read' ? await joinProblems(req, collection, joins) : []),
  ]
  if (!problems.length || (await mayNotRun(req, collection, operation))) return args
  throw inputError(collection.slug, problems, req)
}
