import type { PayloadRequest } from 'payload'

const DRAFT_ARGS = 'publicationWorkflow:draftArgs'
const ATTEMPTS = 'publicationWorkflow:attempts'

/** What a save tried to do, remembered so a refusal can still be written to the audit log. */
export type Attempt = {
  collection: string
  id: null | number | string
  title: null | string
  publishing: boolean
  fromStage: null | string
  requestedStage: null | string
  user: null | number | string
}

const keyOf = (collection: string, id: unknown) => `${collection}:${id ?? 'new'}`

/** Collection hooks get no `draft` flag; the operation's arguments do (beforeOperation). */
export const rememberDraftArg = (req: PayloadRequest, collection: string, id: unknown, draft: boolean) => {
  const map = ((req.context[DRAFT_ARGS] as Record<string, boolean> | undefined) ??= {})
  map[keyOf(collection, id)] = draft
}

export const wasDraftSave = (req: PayloadRequest, collection: string, id: unknown): boolean =>
  Boolean((req.context[DRAFT_ARGS] as Record<string, boolean> | undefined)?.[keyOf(collection, id)])

export const rememberAttempt = (req: PayloadRequest, attempt: Attempt) => {
  const list = ((req.context[ATTEMPTS] as Attempt[] | undefined) ??= [])
  list.push(attempt)
}

/** A save that went through is no refusal: forget what it noted (a later failure in the same request must not log it). */
export const forgetAttempt = (req: PayloadRequest, collection: string, id: unknown) => {
  const list = req.context?.[ATTEMPTS] as Attempt[] | undefined
  if (!list?.length) return
  const index = list.findIndex((attempt) => attempt.collection === collection && (attempt.id === null || String(attempt.id) === String(id)))
  if (index !== -1) list.splice(index, 1)
}

/** Takes (and forgets) the attempts of this request. */
export const takeAttempts = (req: PayloadRequest): Attempt[] => {
  const list = (req.context?.[ATTEMPTS] as Attempt[] | undefined) ?? []
  if (req.context) req.context[ATTEMPTS] = []
  return list
}

const DELETES = 'publicationWorkflow:deletes'

export type Removal = { collection: string; id: null | number | string; title: null | string }

export const rememberDelete = (req: PayloadRequest, removal: Removal) => {
  const list = ((req.context[DELETES] as Removal[] | undefined) ??= [])
  list.push(removal)
}

export const takeDeletes = (req: PayloadRequest): Removal[] => {
  const list = (req.context?.[DELETES] as Removal[] | undefined) ?? []
  if (req.context) req.context[DELETES] = []
  return list
}
