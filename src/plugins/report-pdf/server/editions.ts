import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { commitTransaction, initTransaction, JobCancelledError, killTransaction } from 'payload'

import type { RenderedPdf } from '../render/renderReportPdf'
import type { SanitizedReportPdfOptions } from '../types'

import { readReceipt, summarizeReceipts } from '@jaarverslag/key-figures/receipts'
import { ChromiumMissingError, findChromium } from '../render/chromium'
import { renderReportPdf } from '../render/renderReportPdf'

type Id = number | string

/** The job's input holds ids as text; the database wants its own id type back. */
export const asId = (req: PayloadRequest, id: Id): Id => (req.payload.db.defaultIDType === 'number' && /^\d+$/.test(String(id)) ? Number(id) : String(id))

type ReportDoc = { id: Id } & Record<string, unknown>

const findPublishedReport = async (reportId: Id, req: PayloadRequest, options: SanitizedReportPdfOptions): Promise<null | ReportDoc> => {
  const { collection, slugField, titleField } = options.report
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    select: { [slugField]: true, [titleField]: true } as never,
    where: { and: [{ id: { equals: asId(req, reportId) } }, { _status: { equals: 'published' } }] },
  })
  return (docs[0] as ReportDoc | undefined) ?? null
}

const editionsOf = (reportId: Id, req: PayloadRequest): Where => ({ report: { equals: asId(req, reportId) } })

/** No current edition for the report any more (it was unpublished): the site stops serving its PDF. */
export const withdrawEditions = async (reportId: Id, req: PayloadRequest, options: SanitizedReportPdfOptions): Promise<void> => {
  await req.payload.update({
    collection: options.slug,
    data: { latest: false } as never,
    depth: 0,
    overrideAccess: true,
    req,
    where: { and: [editionsOf(reportId, req), { latest: { equals: true } }] },
  })
}

/** What an edition records about its figures: counts, dataset versions, when they were verified. */
export const editionFacts = (rendered: Pick<RenderedPdf, 'manifest'>) => {
  const receipts = rendered.manifest.figures.map(readReceipt).flatMap((read) => (read.ok ? [read.receipt] : []))
  const summary = summarizeReceipts(receipts)
  return { datasetVersions: summary.datasets, figures: summary.figures, verifiedAt: summary.verifiedUntil }
}

/**
 * Stores a rendered PDF as the report's current edition, in one transaction: the new edition,
 * the previous one no longer current, and editions beyond the newest `keep` removed.
 */
export const storeEdition = async ({ options, reason, rendered, report, req }: { options: SanitizedReportPdfOptions; reason: string; rendered: RenderedPdf; report: ReportDoc; req: PayloadRequest }) => {
  const slug = String(report[options.report.slugField] ?? report.id)
  const stamp = rendered.manifest.generatedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  const ownTransaction = await initTransaction(req)
  try {
    const edition = await req.payload.create({
      collection: options.slug,
      data: { ...editionFacts(rendered), generatedAt: rendered.manifest.generatedAt, latest: true, pages: rendered.pages, reason, report: report.id, sha256: rendered.sha256 } as never,
      depth: 0,
      file: { data: Buffer.from(rendered.bytes), mimetype: 'application/pdf', name: `${slug}-${stamp}.pdf`, size: rendered.bytes.length },
      overrideAccess: true,
      req,
    })
    await req.payload.update({
      collection: options.slug,
      data: { latest: false } as never,
      depth: 0,
      overrideAccess: true,
      req,
      where: { and: [editionsOf(report.id, req), { id: { not_equals: edition.id } }, { latest: { equals: true } }] },
    })
    const { docs: older } = await req.payload.find({
      collection: options.slug,
      depth: 0,
      limit: 100,
      overrideAccess: true,
      page: 1,
      req,
      select: { id: true } as never,
      sort: '-generatedAt',
      where: editionsOf(report.id, req),
    })
    const surplus = (older as { id: Id }[]).slice(options.keep).map((doc) => doc.id)
    if (surplus.length) await req.payload.delete({ collection: options.slug, overrideAccess: true, req, where: { id: { in: surplus } } })
    if (ownTransaction) await commitTransaction(req)
    return edition as { id: Id; filename?: null | string }
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

export type EditionOutcome = { edition: null | string; pages: number; sha256: null | string; withdrawn: boolean }

/**
 * The job: print the report's current published content from the running site and store it as
 * its current edition; an unpublished (or deleted) report has no edition. Without Chromium the
 * job is cancelled (not retried) with a message that says so.
 */
export const makeEdition = async ({ options, reason, reportId, req }: { options: SanitizedReportPdfOptions; reason: string; reportId: Id; req: PayloadRequest }): Promise<EditionOutcome> => {
  const report = await findPublishedReport(reportId, req, options)
  if (!report) {
    await withdrawEditions(reportId, req, options)
    return { edition: null, pages: 0, sha256: null, withdrawn: true }
  }
  const chromiumPath = findChromium()
  if (!chromiumPath) throw new JobCancelledError(new ChromiumMissingError().message)
  const slug = String(report[options.report.slugField])
  const rendered = await renderReportPdf({ chromiumPath, site: options.publicUrl() ?? options.siteUrl(), url: `${options.siteUrl()}${options.printPath(slug)}` })
  const edition = await storeEdition({ options, reason, rendered, report, req })
  req.payload.logger.info({ msg: `Pdf-editie van ${slug}: ${rendered.pages} pagina's, ${rendered.manifest.figures.length} kerncijfers, sha256 ${rendered.sha256}` })
  return { edition: String(edition.id), pages: rendered.pages, sha256: rendered.sha256, withdrawn: false }
}

/** Removes a report's editions with their files (the report is being deleted). */
export const removeEditions = async (reportId: Id, req: PayloadRequest, options: SanitizedReportPdfOptions): Promise<void> => {
  await req.payload.delete({ collection: options.slug as CollectionSlug, overrideAccess: true, req, where: editionsOf(reportId, req) })
}
