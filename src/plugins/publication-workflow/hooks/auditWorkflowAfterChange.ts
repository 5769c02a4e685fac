import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedWorkflowOptions, Stage } from '../types'

import { writeAuditEntry } from '../server/audit'
import { forgetAttempt, wasDraftSave } from '../server/context'
import { WORKFLOW_BOOKKEEPING, stageLabels, workflowFields } from '../types'

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
    const titleField = collection.admin?.useAsTitle ?? 'title'
    const base = { collectionSlug: collection.slug, documentId: doc.id, documentTitle: typeof doc[titleField] === 'string' ? doc[titleField] : null }
    const from = operation === 'create' ? null : (previousDoc?.[workflowFields.stage] ?? 'concept')
    const to = doc[workflowFields.stage] ?? 'concept'
    const wasPublished = operation === 'update' && previousDoc?._status === 'published'
    const reason = typeof doc[workflowFields.reason] === 'string' && doc[workflowFields.reason] ? ` Reden: ${doc[workflowFields.reason]}` : ''

    if (data?._status === 'published') {
      await writeAuditEntry(req.payload, options, { ...base, action: 'published', fromStage: from, summary: `Gepubliceerd (was: ${stageName(from)}).`, toStage: to }, { req })
      return doc
    }
    if (wasPublished && data?._status === 'draft' && !wasDraftSave(req, collection.slug, doc.id)) {
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
