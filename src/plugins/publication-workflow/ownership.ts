import type { Refusal } from './rules.ts'
import type { Actor } from './types.ts'

import { idOf, sameId } from './server/ids.ts'
import { workflowFields } from './types.ts'

export type OwnerInput = {
  actor: Actor
  operation: 'create' | 'update'
  /** The owner stored before this save (none on create). */
  ownerBefore: null | number | string
  /** Whether the save sends an owner at all, and which. */
  ownerSent: boolean
  sentOwner: unknown
  userId: null | number | string
}

export type OwnerDecision =
  | { ok: false; refusal: Refusal }
  | {
      ok: true
      /** The acting author owns the document (after this save). */
      isOwner: boolean
      /** The owner the server writes (a new document gets its creator); absent when the save's own value stands. */
      setOwner?: { value: null | number | string }
    }

/**
 * Who owns a document: the author who creates it; editors and admins (and the server) assign or
 * reassign it. An author (or a user without a role) sending another owner is refused (403).
 */
export const decideOwner = ({ actor, operation, ownerBefore, ownerSent, sentOwner, userId }: OwnerInput): OwnerDecision => {
  if (actor === 'author' || actor === 'none') {
    const changesOwner =
      ownerSent &&
      (operation === 'create'
        ? !sameId(sentOwner, userId) && idOf(sentOwner) !== null
        : !sameId(sentOwner, ownerBefore) && (idOf(sentOwner) !== null || ownerBefore !== null))
    if (changesOwner) {
      return {
        ok: false,
        refusal: {
          message: { en: 'Only an editor or administrator assigns the owner of a document.', nl: 'Alleen een redacteur of beheerder wijst de eigenaar van een document toe.' },
          path: workflowFields.owner,
          status: 403,
        },
      }
    }
    return {
      isOwner: actor === 'author' && (operation === 'create' || sameId(ownerBefore, userId)),
      ok: true,
      ...(operation === 'create' ? { setOwner: { value: userId } } : {}),
    }
  }
  return { isOwner: false, ok: true, ...(operation === 'create' && !ownerSent && userId !== null ? { setOwner: { value: userId } } : {}) }
}
