import type { CollectionAfterOperationHook, SelectType } from 'payload'

import type { ReadCaches } from '../resolve/resolveDocuments.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { SKIP_FIGURE_RESOLVE } from '../resolve/field.ts'
import { resolveDocuments } from '../resolve/resolveDocuments.ts'

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
