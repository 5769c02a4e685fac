import type { Actor, Stage } from './types.ts'

import { stageLabels } from './types.ts'

/** A refused save: the field it concerns, the HTTP status and the reason in both languages. */
export type Refusal = { message: { en: string; nl: string }; path: string; status: 400 | 403 }

export type TransitionInput = {
  actor: Actor
  /** The acting author owns the document (its `owner`). */
  isOwner: boolean
  operation: 'create' | 'update'
  before: { published: boolean; stage: Stage }
  /** The stage the save asks for, when it sets one. */
  requestedStage?: Stage
  reason?: null | string
  publishing: boolean
  unpublishing: boolean
  /** Top-level fields whose value this save changes (workflow bookkeeping fields left out). */
  changedFields: string[]
  /** Fields an author may change on a document they do not own. */
  authorFields: string[]
  /** The fields' labels, so a refusal names a field as the editor sees it (default: its name). */
  fieldLabels?: Partial<Record<string, { en: string; nl: string }>>
}

export type TransitionResult =
  | { ok: false; refusal: Refusal }
  | {
      ok: true
      stage: Stage
      /** The figure check must be clean for this save (sent to review, approved, published). */
      requiresCleanFigures: boolean
      /** Sent back to concept by an editor (the reason is kept for the author). */
      sentBack: boolean
      /** Content of an approved document changed by a non-editor: back to concept. */
      returnedToConcept: boolean
    }

const STAGE = 'workflowStage'
const label = (stage: Stage) => stageLabels[stage]

const refuse = (status: 400 | 403, path: string, nl: string, en: string): TransitionResult => ({
  ok: false,
  refusal: { message: { en, nl }, path, status },
})

export const isPrivileged = (actor: Actor) => actor === 'admin' || actor === 'editor' || actor === 'system'

/**
 * Whether `actor` may move a document from one stage to another (publishing is not a stage
 * change: it goes through `_status`). Returns the refusal, or null when allowed.
 */
export const checkStageChange = (
  from: Stage,
  to: Stage,
  { actor, isOwner, reason, operation }: Pick<TransitionInput, 'actor' | 'isOwner' | 'operation' | 'reason'>,
): null | Refusal => {
  const fail = (status: 400 | 403, nl: string, en: string): Refusal => ({ message: { en, nl }, path: STAGE, status })
  if (to === 'published') {
    return fail(
      400,
      'De fase Gepubliceerd volgt uit publiceren; kies Publiceren in plaats van de fase te wijzigen.',
      'The stage Published follows from publishing; publish instead of setting the stage.',
    )
  }
  if (actor === 'system' || actor === 'admin') return null
  if (actor === 'none') return fail(403, 'U heeft geen rol waarmee u de fase mag wijzigen.', 'You have no role that may change the stage.')
  if (to === 'concept' && operation === 'update' && from !== 'concept') {
    if (actor !== 'editor') {
      return fail(403, 'Alleen een redacteur of beheerder stuurt een document terug naar concept.', 'Only an editor or administrator sends a document back to draft.')
    }
    if (!reason?.trim()) {
      return fail(
        400,
        'Geef een reden op (workflowReason) wanneer u een document terugstuurt naar concept.',
        'Give a reason (workflowReason) when sending a document back to draft.',
      )
    }
    return null
  }
  if (to === 'review') {
    if (actor === 'editor') return null
    if (actor === 'author' && isOwner && from === 'concept') return null
    if (actor === 'author' && !isOwner) {
      return fail(403, 'U kunt alleen uw eigen documenten ter review aanbieden.', 'You can only send your own documents to review.')
    }
    return fail(403, `Een auteur biedt alleen een concept ter review aan (nu: ${label(from).nl}).`, `An author only sends a draft to review (now: ${label(from).en}).`)
  }
  if (to === 'approved') {
    if (actor === 'editor') return null
    return fail(403, 'Alleen een redacteur of beheerder keurt een document goed.', 'Only an editor or administrator approves a document.')
  }
  return null
}

/**
 * The rules of the publication workflow in one pure function: which stage a save leaves the
 * document in, or why it is refused. Figures are not checked here; the result says when the
 * caller must require a clean figure check.
 */
export const decideTransition = (input: TransitionInput): TransitionResult => {
  const { actor, authorFields, before, changedFields, isOwner, operation, publishing, requestedStage, unpublishing } = input

  if (actor === 'none') {
    return refuse(403, STAGE, 'U heeft geen rol waarmee u dit document mag wijzigen.', 'You have no role that may change this document.')
  }
  if (actor === 'author' && operation === 'update' && !isOwner) {
    const refused = changedFields.find((field) => !authorFields.includes(field))
    if (refused) {
      const name = (field: string, language: 'en' | 'nl') => `"${input.fieldLabels?.[field]?.[language] ?? field}"`
      const allowed = (language: 'en' | 'nl') => authorFields.map((field) => name(field, language)).join(', ')
      return refuse(
        403,
        refused,
        `U mag het veld ${name(refused, 'nl')} niet wijzigen: bij een document van iemand anders wijzigt een auteur alleen ${allowed('nl') || '(niets)'}.`,
        `You may not change the field ${name(refused, 'en')}: on someone else's document an author only changes ${allowed('en') || '(nothing)'}.`,
      )
    }
  }
  if (publishing && !isPrivileged(actor)) {
    return refuse(403, STAGE, 'Alleen een redacteur of beheerder mag publiceren.', 'Only an editor or administrator may publish.')
  }
  if (unpublishing && !isPrivileged(actor)) {
    return refuse(403, STAGE, 'Alleen een redacteur of beheerder mag een publicatie intrekken.', 'Only an editor or administrator may unpublish.')
  }

  let stage = before.stage
  let requiresCleanFigures = false
  let sentBack = false
  // A restored or resubmitted document may carry `published` as its stage: that is a publish, not a stage change.
  const requested = requestedStage === 'published' && publishing ? undefined : requestedStage
  // Clients send the whole form back: a stage equal to the current one is no request.
  const wanted = requested && requested !== before.stage ? requested : undefined
  if (wanted) {
    const refusal = checkStageChange(before.stage, wanted, input)
    if (refusal) return { ok: false, refusal }
    stage = wanted
    requiresCleanFigures = wanted === 'review' || wanted === 'approved'
    sentBack = wanted === 'concept' && operation === 'update'
  }

  if (publishing) {
    if (stage !== 'approved' && stage !== 'published') {
      return refuse(
        400,
        STAGE,
        `Niet gepubliceerd: alleen een goedgekeurd document kan gepubliceerd worden (fase nu: ${label(stage).nl}).`,
        `Not published: only an approved document can be published (stage now: ${label(stage).en}).`,
      )
    }
    return { ok: true, requiresCleanFigures: true, returnedToConcept: false, sentBack: false, stage: 'published' }
  }
  if (unpublishing) {
    return { ok: true, requiresCleanFigures: false, returnedToConcept: false, sentBack, stage: wanted && wanted !== 'published' ? stage : 'concept' }
  }

  const contentChanged = changedFields.some((field) => !authorFields.includes(field))
  if (actor === 'author' && contentChanged && (stage === 'approved' || stage === 'published') && !wanted) {
    return { ok: true, requiresCleanFigures: false, returnedToConcept: true, sentBack: false, stage: 'concept' }
  }
  return { ok: true, requiresCleanFigures, returnedToConcept: false, sentBack, stage }
}
