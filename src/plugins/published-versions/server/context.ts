import type { PayloadRequest } from 'payload'

import type { PublicationIntent } from '../types.ts'

const OPERATIONS = 'publishedVersions:operations'
const INTENTS = 'publishedVersions:intents'
const KEPT_ROWS = 'publishedVersions:keptRows'

/** An update or restore in progress: collection hooks get no `draft` flag, the operation does. */
export type TrackedOperation = {
  collection: string
  operation: 'restoreVersion' | 'update'
  draft: boolean
  /** The document an update by id changes; none for a bulk update or a restore (its id is the version's). */
  id?: number | string
  /**
   * `_status` as the caller sent it (update only). By the time the collection hooks run, Payload
   * has filled a missing `_status` from the newest version, a pending draft's `draft` included.
   */
  sentStatus?: null | string
}

const keyOf = (collection: string, id: unknown) => `${collection}:${String(id)}`

const operationsOf = (req: PayloadRequest) => ((req.context[OPERATIONS] as TrackedOperation[] | undefined) ??= [])

export const startOperation = (req: PayloadRequest, operation: TrackedOperation) => {
  operationsOf(req).push(operation)
}

/** Ends the newest tracked operation of this kind (operations nest: a hook may call the Local API with `req`). */
export const endOperation = (req: PayloadRequest, collection: string, operation: TrackedOperation['operation']) => {
  const list = req.context?.[OPERATIONS] as TrackedOperation[] | undefined
  if (!list?.length) return
  for (let index = list.length - 1; index >= 0; index--) {
    if (list[index].collection === collection && list[index].operation === operation) {
      list.splice(index, 1)
      return
    }
  }
}

/** The innermost update or restore of this collection that can be saving document `id`. */
export const currentOperation = (req: PayloadRequest, collection: string, id: unknown): TrackedOperation | undefined => {
  const list = (req.context?.[OPERATIONS] as TrackedOperation[] | undefined) ?? []
  for (let index = list.length - 1; index >= 0; index--) {
    const entry = list[index]
    if (entry.collection === collection && (entry.id === undefined || String(entry.id) === String(id))) return entry
  }
  return undefined
}

/**
 * Whether the plugin guards this save: its first `beforeOperation` hook has tracked an update or
 * restore of `collection` (by `id`, or a bulk update). Other plugins' `beforeOperation` hooks run
 * after it, and fall back on their own reading of the save when this is false.
 */
export const guardsPublishedVersion = (req: PayloadRequest | undefined, collection: string, id?: unknown): boolean =>
  Boolean(req && currentOperation(req, collection, id))

export const rememberIntent = (req: PayloadRequest, intent: PublicationIntent) => {
  const map = ((req.context[INTENTS] as Record<string, PublicationIntent> | undefined) ??= {})
  map[keyOf(intent.collection, intent.id)] = intent
}

export const forgetIntent = (req: PayloadRequest, collection: string, id: unknown) => {
  const map = req.context?.[INTENTS] as Record<string, PublicationIntent> | undefined
  if (map) delete map[keyOf(collection, id)]
}

/**
 * What the save of document `id` in progress does to its published version, as the
 * published-versions plugin classified it (in the first `beforeChange` hook, so later
 * `beforeChange` and `afterChange` hooks of the same save can read it). Undefined for a create,
 * or when the plugin does not guard the collection: the caller falls back on its own reading.
 */
export const publicationIntentOf = (req: PayloadRequest | undefined, collection: string, id: unknown): PublicationIntent | undefined => {
  if (id === undefined || id === null) return undefined
  return (req?.context?.[INTENTS] as Record<string, PublicationIntent> | undefined)?.[keyOf(collection, id)]
}

/** The published main row a restore-as-draft must leave online, kept between `beforeChange` and `afterChange`. */
export const keepPublishedRow = (req: PayloadRequest, collection: string, id: unknown, row: Record<string, unknown>) => {
  const map = ((req.context[KEPT_ROWS] as Record<string, Record<string, unknown>> | undefined) ??= {})
  map[keyOf(collection, id)] = row
}

export const takePublishedRow = (req: PayloadRequest, collection: string, id: unknown): Record<string, unknown> | undefined => {
  const map = req.context?.[KEPT_ROWS] as Record<string, Record<string, unknown>> | undefined
  const row = map?.[keyOf(collection, id)]
  if (map && row) delete map[keyOf(collection, id)]
  return row
}
