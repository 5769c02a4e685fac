import type { PayloadRequest } from 'payload'

import type { SanitizedWorkflowOptions } from '../types.ts'

import { workflowFields } from '../types.ts'
import { findReport, reportDocumentsWhere } from './reportDocuments.ts'

export type FailedScheduledPublish = { collection: string; id: number | string; title: string; at: string; reason: null | string }

/**
 * What the workflow adds to a report's publication check: the documents whose scheduled publish
 * failed (with when and why) and how many documents are approved and waiting. Null when the report
 * does not exist.
 */
export const reportWorkflowState = async (
  reportSlug: string,
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
): Promise<{ approved: number; failed: FailedScheduledPublish[] } | null> => {
  const { payload } = req
  const report = await findReport(reportSlug, req, options, { orId: false })
  if (!report) return null
  const failed: FailedScheduledPublish[] = []
  let approved = 0
  for (const collection of options.collections) {
    const config = payload.collections[collection]?.config
    const belongs = reportDocumentsWhere(collection, report.id, req, options)
    if (!config || !belongs) continue
    const titleField = config.admin?.useAsTitle ?? 'title'
    const { docs } = await payload.find({
      collection,
      depth: 0,
      draft: true,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: { and: [belongs, { or: [{ [`${workflowFields.scheduledFailure}.at`]: { exists: true } }, { [workflowFields.stage]: { equals: 'approved' } }] }] },
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      if (doc[workflowFields.stage] === 'approved') approved++
      const failure = doc[workflowFields.scheduledFailure] as { at?: null | string; reason?: null | string } | undefined
      if (failure?.at) failed.push({ at: failure.at, collection, id: doc.id as number | string, reason: failure.reason ?? null, title: String(doc[titleField] ?? doc.id) })
    }
  }
  return { approved, failed }
}
