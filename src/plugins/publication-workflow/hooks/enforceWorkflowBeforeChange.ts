import type { CollectionBeforeChangeHook } from 'payload'

import type { Finding } from '@jaarverslag/key-figures/types'

import type { ReviewNote } from '../notes.ts'
import type { Actor, SanitizedWorkflowOptions, Stage } from '../types.ts'

import { changedFields } from '../changes.ts'
import { fieldLabelsOf } from '../fieldLabels.ts'
import { WorkflowError } from '../errors.ts'
import { reconcileNotes } from '../notes.ts'
import { decideOwner } from '../ownership.ts'
import { decideTransition } from '../rules.ts'
import { figureFindingsOf } from '../server/figures.ts'
import { idOf } from '../server/ids.ts'
import { publicationOfSave } from '../server/publication.ts'
import { stages, WORKFLOW_BOOKKEEPING, workflowFields } from '../types.ts'

const isStage = (value: unknown): value is Stage => typeof value === 'string' && (stages as readonly string[]).includes(value)

/**
 * Uses the figure check the key-figures gate stored on this save (it runs before this hook: the
 * plugin checks the order at start); checks itself only when the gate did not run.
 */
const findingsOfThisSave = async (
  collection: string,
  data: Record<string, unknown>,
  merged: Record<string, unknown>,
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  options: SanitizedWorkflowOptions,
): Promise<Finding[]> => {
  const stored = data.figureCheck as { findings?: Finding[]; status?: string } | undefined
  if (stored?.status === 'ok') return []
  if (stored?.status === 'mismatch' && Array.isArray(stored.findings)) return stored.findings
  return figureFindingsOf(collection, merged, req, options)
}

/**
 * The workflow rules on every save, whatever the path (admin, REST, GraphQL, Local API, version
 * restore, scheduled job). Runs after the key-figures gate, so both apply: the gate refuses a
 * publish whose figures disagree, this hook refuses what the stage or the role does not allow.
 * The owner, the stage and the review notes are decided by pure rules (ownership.ts, rules.ts,
 * notes.ts); this hook gathers their input and applies their answer.
 *
 * A Local API call without a user acts as the server itself ("system"): it may set any stage but
 * `published`, publishes only an approved document, and never skips the figure check.
 */
export const enforceWorkflowBeforeChange =
  (options: SanitizedWorkflowOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (req.context?.[WORKFLOW_BOOKKEEPING]) return data
    const slug = collection.slug
    const actor: Actor = req.user ? options.actorOf(req.user) : 'system'
    const original = originalDoc as Record<string, unknown> | undefined
    const userId = req.user?.id ?? null
    const refuse = (path: string, status: 400 | 403, nl: string, en: string, findings: Finding[] = []): never => {
      throw new WorkflowError({ collection: slug, findings, refusal: { message: { en, nl }, path, status }, req })
    }

    // Only the server marks a failed scheduled publish.
    delete data[workflowFields.scheduledFailure]

    const owner = decideOwner({
      actor,
      operation,
      ownerBefore: operation === 'create' ? null : idOf(original?.[workflowFields.owner]),
      ownerSent: workflowFields.owner in data && data[workflowFields.owner] !== undefined,
      sentOwner: data[workflowFields.owner],
      userId,
    })
    if (!owner.ok) throw new WorkflowError({ collection: slug, refusal: owner.refusal, req })
    if (owner.setOwner) data[workflowFields.owner] = owner.setOwner.value
    const { isOwner } = owner

    const before = {
      published: original?._status === 'published',
      stage: isStage(original?.[workflowFields.stage]) ? (original?.[workflowFields.stage] as Stage) : 'concept',
    }
    const { publishing, unpublishing } = publicationOfSave({ collection: slug, data, id: original?.id, operation, previousStatus: original?._status, req })
    const requested = data[workflowFields.stage]
    if (requested !== undefined && requested !== null && !isStage(requested)) {
      refuse(workflowFields.stage, 400, `Onbekende fase "${String(requested)}". Kies uit: ${stages.join(', ')}.`, `Unknown stage "${String(requested)}". Choose from: ${stages.join(', ')}.`)
    }
    const reason = typeof data[workflowFields.reason] === 'string' ? (data[workflowFields.reason] as string) : null

    const decision = decideTransition({
      actor,
      authorFields: options.authorFields[slug] ?? [],
      before,
      changedFields: changedFields(data as Record<string, unknown>, original),
      fieldLabels: fieldLabelsOf(collection.flattenedFields),
      isOwner,
      operation,
      publishing,
      reason,
      requestedStage: isStage(requested) ? requested : undefined,
      unpublishing,
    })
    if (!decision.ok) throw new WorkflowError({ collection: slug, refusal: decision.refusal, req })

    if (data[workflowFields.notes] !== undefined) {
      const notes = reconcileNotes(original?.[workflowFields.notes] as ReviewNote[] | undefined, data[workflowFields.notes] as ReviewNote[] | null, {
        actor,
        isOwner,
        now: new Date().toISOString(),
        userId,
      })
      if ('refusal' in notes) throw new WorkflowError({ collection: slug, refusal: notes.refusal, req })
      data[workflowFields.notes] = notes.notes
    }

    if (decision.requiresCleanFigures) {
      const findings = await findingsOfThisSave(slug, data as Record<string, unknown>, { ...original, ...data }, req, options)
      if (findings.length) {
        if (publishing) {
          refuse(workflowFields.stage, 400, 'Niet gepubliceerd: de kerncijfers kloppen niet met hun data.', 'Not published: the key figures do not match their data.', findings)
        }
        refuse(
          workflowFields.stage,
          400,
          'Kan niet verder in de review: de kerncijfers kloppen niet met hun data. Los eerst de bevindingen op.',
          'Cannot move on in review: the key figures do not match their data. Resolve the findings first.',
          findings,
        )
      }
    }

    data[workflowFields.stage] = decision.stage
    if (decision.returnedToConcept) {
      data[workflowFields.reason] = 'Teruggezet naar concept: de inhoud werd gewijzigd na goedkeuring. / Returned to draft: the content changed after approval.'
    } else if (decision.stage !== 'concept' && decision.stage !== before.stage) {
      data[workflowFields.reason] = null
    }
    if (publishing) data[workflowFields.scheduledFailure] = { at: null, reason: null }
    return data
  }
