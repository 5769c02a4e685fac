import type { CollectionBeforeOperationHook } from 'payload'

import type { SanitizedInputGuardOptions } from '../options'

import { findInputProblems } from '../findInputProblems'
import { checkContext, inputError } from '../server/context'

/**
 * Refuses a create or update (a duplicate is a create) whose data has a value of the wrong shape,
 * too long a text, invalid or too deep rich text, or a field rule that holds for drafts too,
 * with an HTTP 400 naming each field. It runs before any other hook and before Payload walks the
 * data, so bad input never reaches a hook that would crash on it (a 500), a draft (where Payload
 * skips field validation) or the database. Nothing has been written yet. (The Local API copies
 * its data before any hook: a script that passes a value nested 10,000 deep gets the stack
 * overflow in its own call, not a server error.)
 */
export const refuseBadInputBeforeOperation =
  (options: SanitizedInputGuardOptions): CollectionBeforeOperationHook =>
  ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const problems = findInputProblems(collection.flattenedFields, args.data ?? {}, checkContext(req, options))
    if (problems.length) throw inputError(collection.slug, problems, req)
    return args
  }
