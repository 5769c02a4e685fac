import type { PayloadRequest } from 'payload'

import { publicationIntentOf } from '@jaarverslag/published-versions'
import { wasDraftSave } from './context.ts'

export type PublicationOfSave = {
  /** The save publishes: the published version becomes this save's content. */
  publishing: boolean
  /** The save takes a published document offline. */
  unpublishing: boolean
  /** The save only writes a draft version (also a restore that keeps the published version online). */
  draftSave: boolean
}

/**
 * What a save does to the published version. Where the published-versions plugin guards the
 * collection it has classified the save before any other hook (`publicationIntentOf`); without
 * it, this falls back on the save itself: `_status` and the draft flag remembered before the
 * operation (blind to restores and to a pending draft, which is why that plugin exists).
 */
export const publicationOfSave = ({
  collection,
  data,
  id,
  operation,
  previousStatus,
  req,
}: {
  collection: string
  data: Record<string, unknown> | undefined
  id: unknown
  operation: 'create' | 'update'
  previousStatus: unknown
  req: PayloadRequest
}): PublicationOfSave => {
  const intent = operation === 'update' ? publicationIntentOf(req, collection, id) : undefined
  if (intent) {
    return {
      draftSave: intent.kind === 'draft-save' || intent.kind === 'restore-as-draft',
      publishing: intent.kind === 'publish',
      unpublishing: intent.kind === 'unpublish',
    }
  }
  const publishing = data?._status === 'published'
  const draftSave = operation === 'update' && wasDraftSave(req, collection, id)
  return {
    draftSave,
    publishing,
    unpublishing: operation === 'update' && !publishing && previousStatus === 'published' && data?._status === 'draft' && !draftSave,
  }
}
