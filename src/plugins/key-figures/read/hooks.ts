import type { CollectionAfterOperationHook, CollectionBeforeValidateHook, SelectType } from 'payload'

import type { SanitizedKeyFiguresOptions } from '../types'
import type { ReadCaches } from './resolveDocuments'

import { resolveDocuments, stripResolved } from './resolveDocuments'

import { SKIP_FIGURE_RESOLVE } from './field'

export { SKIP_FIGURE_RESOLVE } from './field'

type ReadResult = { docs?: unknown[] } | Record<string, unknown> | null | undefined

/**
 * Fills `resolved` after `find` and `findByID` (REST, GraphQL and the Local API all run these
 * operations, and so do relationship populations): one batched lookup for every document of the
 * result, never one per figure or per document. Writes and the plugin's own checks read through
 * other paths (or with a `select` that leaves `resolved` out) and pay nothing.
 */
export const resolveFiguresAfterOperation =
  (options: SanitizedKeyFiguresOptions, caches: ReadCaches): CollectionAfterOperationHook =>
  async ({ args, collection, operation, req, result }) => {
    if (operation !== 'find' && operation !== 'findByID') return result
    if (req?.context?.[SKIP_FIGURE_RESOLVE]) return result
    const read = result as ReadResult
    if (!read || typeof read !== 'object') return result
    const docs = (operation === 'find' ? (read as { docs?: unknown[] }).docs : [read]) ?? []
    const objects = docs.filter((doc): doc is Record<string, unknown> => Boolean(doc) && typeof doc === 'object')
    if (objects.length === 0) return result
    await resolveDocuments(objects, { caches, collection: collection.slug, options, req, select: (args as { select?: SelectType }).select })
    return result
  }

/** A document that was read (with `resolved`) can be written back unchanged: nothing of it is stored. */
export const stripResolvedBeforeValidate =
  (options: SanitizedKeyFiguresOptions): CollectionBeforeValidateHook =>
  ({ collection, data }) =>
    data ? stripResolved(data as Record<string, unknown>, collection.slug, options) : data
