import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { PublishEvaluation } from './evaluatePublish.ts'
import type { SanitizedWorkflowOptions } from '../types.ts'

import { writeAuditEntry } from './audit.ts'
import { evaluatePublish } from './evaluatePublish.ts'
import { findReport, reportDocumentsWhere } from './reportDocuments.ts'
import { workflowFields } from '../types.ts'

export type ReportPublishResult = {
  report: { id: number | string; title: null | string }
  /** Documents published by this call (empty when anything blocked). */
  published: { collection: string; id: number | string; title: null | string }[]
  /** What blocks the publish; empty when everything went through. */
  blocking: { collection: string; id: number | string; title: null | string; reasons: { en: string; nl: string }[]; findings: PublishEvaluation['findings'] }[]
}

export class ReportNotFound extends Error {}
export class NothingToPublish extends Error {}

const short = (evaluation: PublishEvaluation) => ({ collection: evaluation.collection, id: evaluation.id, title: evaluation.title })

/**
 * Publishes every approved document of a report (and the report itself when approved) only if
 * every one of them passes: all are checked first, then all are published in one transaction
 * (where the database supports them). Anything that blocks means nothing is published.
 */
export const publishReport = async (reference: string, req: PayloadRequest, options: SanitizedWorkflowOptions): Promise<ReportPublishResult> => {
  const { payload } = req
  const reportCollection = options.report.collection
  const report = await findReport(reference, req, options, { orId: true })
  if (!report) throw new ReportNotFound(reference)

  const candidates: { collection: string; doc: Record<string, unknown> }[] = []
  if (options.collections.includes(reportCollection) && report[workflowFields.stage] === 'approved') candidates.push({ collection: reportCollection, doc: report })
  for (const collection of options.collections) {
    const belongs = collection === reportCollection ? null : reportDocumentsWhere(collection, report.id, req, options)
    if (!belongs) continue
    const { docs } = await payload.find({
      collection,
      depth: 0,
      draft: true,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: { and: [belongs, { [workflowFields.stage]: { equals: 'approved' } }] },
    })
    for (const doc of docs) candidates.push({ collection, doc: doc as unknown as Record<string, unknown> })
  }
  const titleField = payload.collections[reportCollection]?.config.admin?.useAsTitle ?? 'title'
  const summary = { id: report.id as number | string, title: typeof report[titleField] === 'string' ? (report[titleField] as string) : null }
  if (!candidates.length) throw new NothingToPublish(reference)

  const evaluations = await evaluatePublish(candidates, req, options)
  const blocked = evaluations.filter((evaluation) => !evaluation.ok)
  const refuse = async (blocking: ReportPublishResult['blocking']) => {
    await writeAuditEntry(
      payload,
      options,
      {
        action: 'reportPublishRefused',
        collectionSlug: reportCollection,
        documentId: summary.id,
        documentTitle: summary.title,
        findings: blocking.flatMap((entry) => entry.findings),
        summary: `Jaarverslag niet gepubliceerd: ${blocking.length} document(en) blokkeren: ${blocking.map((entry) => entry.title ?? entry.id).join(', ')}.`,
      },
      { user: req.user },
    )
    return { blocking, published: [], report: summary }
  }
  if (blocked.length) return refuse(blocked.map((evaluation) => ({ ...short(evaluation), findings: evaluation.findings, reasons: evaluation.reasons })))

  // Report last, so its documents are live before it is.
  const ordered = [...evaluations].sort((a, b) => Number(a.collection === reportCollection) - Number(b.collection === reportCollection))
  const ownTransaction = await initTransaction(req)
  const published: ReportPublishResult['published'] = []
  try {
    for (const evaluation of ordered) {
      await payload.update({
        collection: evaluation.collection as never,
        data: { _status: 'published' } as never,
        depth: 0,
        id: evaluation.id,
        overrideAccess: false,
        req,
        select: {} as never,
        user: req.user,
      })
      published.push(short(evaluation))
    }
    await writeAuditEntry(
      payload,
      options,
      { action: 'reportPublished', collectionSlug: reportCollection, documentId: summary.id, documentTitle: summary.title, summary: `Jaarverslag gepubliceerd: ${published.length} document(en).` },
      { req },
    )
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    const failing = ordered[published.length]
    const message = error instanceof Error ? error.message : String(error)
    return refuse([{ ...short(failing), findings: (error as { findings?: PublishEvaluation['findings'] }).findings ?? [], reasons: [{ en: message, nl: message }] }])
  }
  return { blocking: [], published, report: summary }
}
