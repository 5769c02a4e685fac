import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import type { SanitizedWorkflowOptions } from '../types.ts'

import { writeAuditEntry } from './audit.ts'
import { evaluatePublish } from './evaluatePublish.ts'
import { WORKFLOW_BOOKKEEPING, workflowFields } from '../types.ts'

type ScheduleInput = { doc?: { relationTo: string; value: number | string }; type?: 'publish' | 'unpublish'; user?: { relationTo: string; value: number | string } }

/**
 * A scheduled publish that the hooks refused: the document stays unpublished, gets the reason in
 * `scheduledPublishFailure` (on a new draft version, so a live version is never touched) and the
 * failure goes into the audit log with its findings.
 */
export const markScheduledPublishFailure = async (input: ScheduleInput | undefined, req: PayloadRequest, options: SanitizedWorkflowOptions) => {
  const target = input?.doc
  if (!target || input?.type === 'unpublish' || !options.collections.includes(target.relationTo as never)) return
  const { payload } = req
  const idType = payload.collections[target.relationTo as keyof typeof payload.collections]?.customIDType ?? payload.db?.defaultIDType
  const id = idType === 'number' ? Number(target.value) : target.value
  const doc = (await payload.findByID({ collection: target.relationTo as never, depth: 0, disableErrors: true, draft: true, id, overrideAccess: true, req })) as
    | Record<string, unknown>
    | null
  if (!doc) return
  const [evaluation] = await evaluatePublish([{ collection: target.relationTo, doc }], req, options)
  const reasons = evaluation.reasons.length ? evaluation.reasons : [{ en: 'The publish was refused; see the job log.', nl: 'De publicatie werd geweigerd; zie het joblog.' }]
  const reason = reasons.map((line) => line.nl).join(' ')
  await payload.update({
    collection: target.relationTo as never,
    context: { ...options.keyFigures?.skipCheckContext, [WORKFLOW_BOOKKEEPING]: true },
    data: { [workflowFields.scheduledFailure]: { at: new Date().toISOString(), reason } } as never,
    depth: 0,
    draft: true,
    id,
    overrideAccess: true,
    req,
    select: {} as never,
  })
  const user = input?.user ? await payload.findByID({ collection: input.user.relationTo as never, depth: 0, disableErrors: true, id: input.user.value, overrideAccess: true, req }) : null
  await writeAuditEntry(
    payload,
    options,
    {
      action: 'scheduledPublishFailed',
      collectionSlug: target.relationTo,
      documentId: id,
      documentTitle: evaluation.title,
      findings: evaluation.findings,
      fromStage: evaluation.stage,
      summary: `Geplande publicatie mislukt: ${reason}`,
      toStage: 'published',
    },
    { req, user },
  )
}

/**
 * Payload adds its `schedulePublish` task while it sanitizes the config, after the plugins ran;
 * so the failure handler is attached when Payload starts.
 */
export const attachScheduledPublishFailureHandler = (payload: Payload, options: SanitizedWorkflowOptions) => {
  const task = (payload.config.jobs?.tasks ?? []).find((candidate) => candidate.slug === 'schedulePublish') as TaskConfig | undefined
  if (!task) return
  const previous = task.onFail
  task.onFail = async (args) => {
    await previous?.(args)
    try {
      await markScheduledPublishFailure(args.input as ScheduleInput, args.req, options)
    } catch (err) {
      args.req.payload.logger.error({ err, msg: 'publication-workflow: could not record a failed scheduled publish' })
    }
  }
}
