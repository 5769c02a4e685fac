import type { CollectionBeforeChangeHook } from 'payload'

import { rememberAttempt } from '../server/context.ts'
import { workflowFields } from '../types.ts'

/**
 * Runs first: notes a publish or stage change this save attempts, so that when a later hook (the
 * figure gate, the workflow rules) refuses it, the refusal can be written to the audit log after
 * the failed transaction rolled back (`afterError`).
 */
export const notePublishAttemptBeforeChange: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const publishing = data._status === 'published'
  const requested = data[workflowFields.stage]
  const stageChange = typeof requested === 'string' && requested !== (originalDoc?.[workflowFields.stage] ?? 'concept')
  if (publishing || stageChange) {
    const titleField = collection.admin?.useAsTitle ?? 'title'
    const merged = { ...originalDoc, ...data } as Record<string, unknown>
    rememberAttempt(req, {
      collection: collection.slug,
      id: (originalDoc?.id as number | string | undefined) ?? null,
      fromStage: (originalDoc?.[workflowFields.stage] as string | undefined) ?? (originalDoc ? 'concept' : null),
      publishing,
      requestedStage: stageChange ? (requested as string) : null,
      title: typeof merged[titleField] === 'string' ? (merged[titleField] as string) : null,
      user: req.user?.id ?? null,
    })
  }
  return data
}
