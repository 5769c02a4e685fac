import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedWorkflowOptions, Stage } from '../types.ts'

import { writeAuditEntry } from '../server/audit.ts'
import { forgetAttempt } from '../server/context.ts'
import { publicationOfSave } from '../server/publication.ts'
import { WORKFLOW_BOOKKEEPING, stageLabels, workflowFields } from '../types.ts'

const stageName = (stage: unknown) => (typeof stage === 'string' && stage in stageLabels ? stageLabels[stage as Stage].nl : String(stage ?? 'concept'))

/**
 * Logs stage changes, publishes and unpublishes in the same transaction as the change itself,
 * so the log never shows a step that did not happen.
 */
export const auditWorkflowAfterChange =
  (options: SanitizedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ collection, data, doc, operation, previousDoc, req }) => {
    if (req.context?.[WORKFLOW_BOOKKEEPING]) return doc
    forgetAttempt(req, collection.slug, doc.id)
    // `doc` holds only what the caller selected (`select: {}` when publishing a whole report or
    // seeding): the stage this save decided is in `data` (enforceWorkflowBeforeChange wrote it).
    const after: Record<string, unknown> = { ...previousDoc, ...doc, ...data }
    const titleField = collection.admin?.useAsTitle ?? 'title'
    const base = { collectionSlug: collection.slug, documentId: doc.id, documentTitle: typeof after[titleField] === 'string' ? (after[titleField] as string) : null }
    const from = operation === 'create' ? null : (previousDoc?.[workflowFields.stage] ?? 'concept')
    const to = (after[workflowFields.stage] as string | undefined) ?? 'concept'
    const reason = typeof after[workflowFields.reason] === 'string' && after[workflowFields.reason] ? ` Reden: ${after[workflowFields.reason]}` : ''
    const { publishing, unpublishing } = publicationOfSave({ collection: collection.slug, data, id: doc.id, operation, previousStatus: previousDoc?._status, req })

    if (publishing) {
      await writeAuditEntry(req.payload, options, { ...base, action: 'published', fromStage: from, summary: `Gepubliceerd (was: ${stageName(from)}).`, toStage: to }, { req })
      return doc
    }
    if (unpublishing) {
      await writeAuditEntry(req.payload, options, { ...base, action: 'unpublished', fromStage: from, summary: `Publicatie ingetrokken; fase nu ${stageName(to)}.${reason}`, toStage: to }, { req })
      return doc
    }
    if (operation === 'update' && from !== to) {
      await writeAuditEntry(
        req.payload,
        options,
        { ...base, action: 'stageChanged', fromStage: from, summary: `Fase ${stageName(from)} -> ${stageName(to)}.${to === 'concept' ? reason : ''}`, toStage: to },
        { req },
      )
    }
    return doc
  }
