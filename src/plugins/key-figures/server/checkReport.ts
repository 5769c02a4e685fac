import type { PayloadRequest } from 'payload'

import type { Finding, FindingKind, RecordId } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { checkDatasetsFooting, normalizeRecordId } from '../engine/index.ts'
import { SKIP_FIGURE_RESOLVE } from '../resolve/field.ts'
import { checkDocuments } from './checkDocuments.ts'
import { loadRecords } from './loadRecords.ts'
import { figureSelect } from './markStaleDocuments.ts'
import { findReport, reportDocumentsWhere } from './reportDocuments.ts'

/** One shape for a report-wide check, shared by the endpoint, the CLI and the admin view. */
export type ReportCheck = {
  report: { id: RecordId; slug: string; title: string }
  checkedAt: string
  summary: { documents: number; figures: number; findings: number }
  findings: ReportFinding[]
}

/** A finding of the engine, placed in the report: which document (or dataset) it belongs to. */
export type ReportFinding = Finding & { collection: string; id: RecordId | null; title: string }

export class ReportNotFoundError extends Error {}

/**
 * Checks the latest version of every document of a report (the report itself and everything
 * that points to it). A finding on a published document means its data changed after it passed
 * the gate: it is reported as `stale`. Footing failures are listed once, under their dataset: those
 * of the datasets the documents use, and those of every published dataset.
 */
export const checkReport = async (reportSlug: string, req: PayloadRequest, options: SanitizedKeyFiguresOptions): Promise<ReportCheck> => {
  const { slugField, titleField } = options.report
  const report = await findReport(reportSlug, req, options, { published: false })
  if (!report) throw new ReportNotFoundError(`Geen jaarverslag met slug "${reportSlug}" / no report with slug "${reportSlug}".`)

  const documents: { collection: string; doc: Record<string, unknown> }[] = []
  for (const collection of options.collections) {
    const config = req.payload.collections[collection]?.config
    if (!config) continue
    const titleKey = config.admin?.useAsTitle ?? 'id'
    const { docs } = await req.payload.find({
      collection,
      context: { [SKIP_FIGURE_RESOLVE]: true },
      depth: 0,
      draft: true,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { ...figureSelect(req.payload, collection), [titleKey]: true, _status: true } as never,
      where: reportDocumentsWhere(collection, report.id, req, options, { published: false }),
    })
    for (const doc of docs as Record<string, unknown>[]) documents.push({ collection, doc: { ...doc, __title: doc[titleKey] } })
  }

  const checks = await checkDocuments(documents, req, options)
  const findings: ReportFinding[] = []
  const footingSeen = new Set<string>()
  let figures = 0
  checks.forEach((check, index) => {
    const { collection, doc } = documents[index]
    figures += check.figures.length
    for (const finding of check.findings) {
      if (finding.kind === 'footing') {
        if (footingSeen.has(finding.path)) continue
        footingSeen.add(finding.path)
        findings.push(toReportFinding(finding, options.slugs.datasets, null, finding.source.dataset ?? ''))
        continue
      }
      const kind: FindingKind = doc._status === 'published' && finding.kind === 'mismatch' ? 'stale' : finding.kind
      findings.push(toReportFinding({ ...finding, kind }, collection, doc.id as RecordId, String(doc.__title ?? doc.id)))
    }
  })
  // Published data is public: a rule that fails in it is listed even when no document of the
  // report uses the dataset (a record save that broke it was accepted, see reportFootingAfterChange).
  for (const finding of await publishedDatasetsFooting(req, options)) {
    if (footingSeen.has(finding.path)) continue
    footingSeen.add(finding.path)
    findings.push(toReportFinding(finding, options.slugs.datasets, null, finding.source.dataset ?? ''))
  }
  return {
    checkedAt: new Date().toISOString(),
    findings,
    report: { id: report.id as RecordId, slug: String(report[slugField]), title: String(report[titleField] ?? '') },
    summary: { documents: documents.length, figures, findings: findings.length },
  }
}

/** The footing rules that fail in published datasets: one query for the rules, then `loadRecords`. */
const publishedDatasetsFooting = async (req: PayloadRequest, options: SanitizedKeyFiguresOptions): Promise<Finding[]> => {
  const { docs } = await req.payload.db.find({
    collection: options.slugs.datasets,
    limit: 0,
    pagination: false,
    req,
    select: { footingRules: { total: true } },
    where: { _status: { equals: 'published' } },
  })
  const totals = (docs as { footingRules?: { total?: unknown }[] | null }[])
    .flatMap((dataset) => (dataset.footingRules ?? []).map((rule) => normalizeRecordId(rule.total)))
    .filter((id): id is RecordId => id !== null)
  if (totals.length === 0) return []
  const { footing } = await loadRecords(totals, req, options)
  return checkDatasetsFooting(footing)
}

const toReportFinding = (finding: Finding, collection: string, id: RecordId | null, title: string): ReportFinding => ({
  collection,
  expected: finding.expected,
  expectedValue: finding.expectedValue,
  id,
  kind: finding.kind,
  label: finding.label,
  message: finding.message,
  path: finding.path,
  shown: finding.shown,
  shownValue: finding.shownValue,
  source: finding.source,
  title,
})
