import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import type { KeyFigures } from '@jaarverslag/key-figures/types'

import { SKIP_FIGURE_RESOLVE } from '@jaarverslag/key-figures'
import { awaitedKey, awaitingOf, normalizeRecordId, type RecordId } from '@jaarverslag/key-figures/engine'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { RollForwardOptions } from '../types'

import {
  copyOf,
  type DatasetSummary,
  figuresOf,
  mapFigures,
  newPeriodDataset,
  nextYearSlug,
  nextYearText,
  periodKey,
  periodsNeeded,
  rebindFigure,
  type RecordSummary,
  type SourceData,
} from '../plan'

type Row = Record<string, unknown>

export type RollForwardResult = {
  /** `created`: the new report and its documents were written; `exists`: a second run, nothing changed. */
  status: 'created' | 'exists'
  report: { id: RecordId; slug: string; title: string; year: number }
  source: { id: RecordId; slug: string; title: string; year: number }
  created: { chapters: number; datasets: number; featuredArticles: number }
  figures: { total: number; awaiting: number; bound: number }
  message: { nl: string; en: string }
}

export class RollForwardError extends Error {
  status: number
  field: string
  constructor(field: string, message: string, status = 400) {
    super(message)
    this.field = field
    this.status = status
  }
}

/**
 * A test hook (documented in the README): called after each document the roll forward writes,
 * with what it wrote; throwing from it aborts the run in the middle, which must leave nothing.
 */
export type AfterWrite = (step: { collection: string; id: RecordId }) => void | Promise<void>

const readAll = async (payload: Payload, req: PayloadRequest, collection: string, where: Where, select?: Row): Promise<Row[]> => {
  const { docs } = await payload.find({
    collection: collection as CollectionSlug,
    context: { [SKIP_FIGURE_RESOLVE]: true },
    depth: 0,
    draft: true,
    joins: false as never,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    ...(select ? { select: select as never } : {}),
    where,
  })
  return docs as unknown as Row[]
}

const labelOf = ({ email, id, name }: { email?: string; id: unknown; name?: string }): string =>
  name ? `${name}${email ? ` <${email}>` : ''}` : (email ?? String(id))

const idsOf = (values: unknown): RecordId[] =>
  (Array.isArray(values) ? values : []).map(normalizeRecordId).filter((id): id is RecordId => id !== null)

/**
 * Copies a report into the next year: the report, its chapters and Uitgelicht articles as
 * drafts, every figure bound to the same key in the next period of its series (a period without a
 * dataset gets an empty draft dataset; a figure whose records are not there yet awaits data). One
 * transaction: a failure anywhere leaves nothing. A second run finds the new report by its slug
 * and changes nothing. The source is only read.
 */
export const rollForwardReport = async ({
  afterWrite,
  from,
  keyFigures,
  options,
  req,
  year,
}: {
  afterWrite?: AfterWrite
  /** The source report's slug. */
  from: string
  keyFigures: KeyFigures
  options: RollForwardOptions
  /** Carries the user (audited as the one who rolled forward) and, if any, the transaction to join. */
  req: PayloadRequest
  year: number
}): Promise<RollForwardResult> => {
  const { payload } = req
  const { collections } = options
  const datasetsSlug = keyFigures.options.slugs.datasets
  const recordsSlug = keyFigures.options.slugs.records

  if (typeof from !== 'string' || from.trim() === '') throw new RollForwardError('from', 'Geef het jaarverslag om door te rollen (--from <slug>). / Name the report to roll forward.')
  const [source] = await readAll(payload, req, collections.reports, { slug: { equals: from.trim() } })
  if (!source) throw new RollForwardError('from', `Jaarverslag "${from}" bestaat niet. / Report "${from}" does not exist.`, 404)
  const fromYear = Number(source.year)
  if (!Number.isInteger(year) || year <= fromYear || year > 2200) {
    throw new RollForwardError('year', `Het jaar moet een geheel jaar na ${fromYear} zijn, niet "${String(year)}". / The year must be a whole year after ${fromYear}.`)
  }
  const summary = (doc: Row) => ({ id: doc.id as RecordId, slug: String(doc.slug), title: String(doc.title), year: Number(doc.year) })

  const targetSlug = nextYearSlug(String(source.slug), fromYear, year)
  const [existing] = await readAll(payload, req, collections.reports, { slug: { equals: targetSlug } }, { slug: true, title: true, year: true })
  if (existing) {
    return {
      created: { chapters: 0, datasets: 0, featuredArticles: 0 },
      figures: { awaiting: 0, bound: 0, total: 0 },
      message: {
        en: `${String(existing.title)} (${targetSlug}) exists already: nothing changed.`,
        nl: `${String(existing.title)} (${targetSlug}) bestaat al: er is niets gewijzigd.`,
      },
      report: summary(existing),
      source: summary(source),
      status: 'exists',
    }
  }

  const ownTransaction = await initTransaction(req)
  try {
    const chapters = await readAll(payload, req, collections.chapters, { report: { equals: source.id } })
    const articles = await readAll(payload, req, collections.featuredArticles, { report: { equals: source.id } })
    const documents = [
      { collection: collections.reports, docs: [source] },
      { collection: collections.chapters, docs: chapters },
      { collection: collections.featuredArticles, docs: articles },
    ].map((entry) => ({ ...entry, paths: keyFigures.richTextPathsOf(payload, entry.collection) }))
    const figures = documents.flatMap(({ docs, paths }) => docs.flatMap((doc) => figuresOf(doc, paths)))

    // The records the figures use and their datasets: what each figure moves from.
    const recordIds = [...new Map(figures.flatMap((fields) => [fields.record, ...(Array.isArray(fields.operands) ? fields.operands : [])]).map(normalizeRecordId).filter((id): id is RecordId => id !== null).map((id) => [String(id), id])).values()]
    const recordDocs = recordIds.length ? await readAll(payload, req, recordsSlug, { id: { in: recordIds } }, { dataset: true, key: true }) : []
    const records = new Map<string, RecordSummary>(recordDocs.map((doc) => [String(doc.id), { dataset: normalizeRecordId(doc.dataset) as RecordId, id: doc.id as RecordId, key: String(doc.key) }]))
    // Also the datasets figures still wait for (a report rolled forward before its data came in).
    const awaitedDatasets = figures.flatMap((fields) => awaitingOf(fields.awaitingData)?.records ?? []).map((entry) => entry.dataset)
    const datasetIds = [...new Map([...[...records.values()].map((record) => record.dataset), ...awaitedDatasets].map((id) => [String(id), id])).values()]
    const datasetDocs = datasetIds.length ? await readAll(payload, req, datasetsSlug, { id: { in: datasetIds } }, { description: true, period: true, series: true, slug: true, title: true }) : []
    const toSummary = (doc: Row): DatasetSummary => ({
      description: (doc.description as string | null) ?? null,
      id: doc.id as RecordId,
      period: (doc.period as string | null) ?? null,
      series: String(doc.series || doc.slug),
      slug: String(doc.slug),
      title: String(doc.title),
    })
    const datasets = new Map(datasetDocs.map((doc) => [String(doc.id), toSummary(doc)]))
    const sourceData: SourceData = { datasets, fromYear, records, toYear: year }

    // The dataset of every period the new year needs: found by series and period, else created empty.
    const needed = periodsNeeded(figures, sourceData).filter((slot) => slot.period !== slot.from.period)
    const targets = new Map<string, RecordId>()
    if (needed.length) {
      const found = await readAll(payload, req, datasetsSlug, { series: { in: [...new Set(needed.map((slot) => slot.series))] } }, { period: true, series: true, slug: true })
      for (const doc of found) targets.set(periodKey(String(doc.series), String(doc.period)), doc.id as RecordId)
    }
    let createdDatasets = 0
    const missing = needed.filter((slot) => !targets.has(periodKey(slot.series, slot.period)))
    if (missing.length) {
      const bases = missing.map((slot) => `${slot.series}-${slot.period}`)
      const taken = new Set((await readAll(payload, req, datasetsSlug, { or: bases.map((base) => ({ slug: { like: base } })) }, { slug: true })).map((doc) => String(doc.slug)))
      for (const slot of missing) {
        const data = newPeriodDataset(slot.from, slot.period, taken)
        const created = (await payload.create({ collection: datasetsSlug as CollectionSlug, data: data as never, depth: 0, draft: true, overrideAccess: true, req, select: { id: true } as never })) as { id: RecordId }
        taken.add(String(data.slug))
        targets.set(periodKey(slot.series, slot.period), created.id as RecordId)
        createdDatasets++
        await afterWrite?.({ collection: datasetsSlug, id: created.id as RecordId })
      }
    }
    const targetIds = [...new Set([...targets.values()].map(String))]
    const targetRecordDocs = targetIds.length ? await readAll(payload, req, recordsSlug, { dataset: { in: [...targets.values()] } }, { dataset: true, key: true }) : []
    const targetRecords = new Map<string, RecordId>()
    for (const doc of targetRecordDocs) targetRecords.set(awaitedKey(normalizeRecordId(doc.dataset) as RecordId, String(doc.key)), doc.id as RecordId)
    // Records of the periods that stay (a series keeps its years, a policy period covers both).
    for (const record of records.values()) targetRecords.set(awaitedKey(record.dataset, record.key), record.id)
    const target = { ...sourceData, targetRecords, targets }

    let total = 0
    let awaiting = 0
    const copyFigures = (doc: Row, paths: readonly string[]) =>
      mapFigures(copyOf(doc), paths, (fields) => {
        const next = rebindFigure(fields, target)
        total++
        if (next.awaitingData) awaiting++
        return next
      })
    const create = async (collection: string, data: Row) => {
      const created = (await payload.create({
        collection: collection as CollectionSlug,
        context: { [SKIP_FIGURE_RESOLVE]: true },
        data: { ...data, _status: 'draft' } as never,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
        select: { id: true } as never,
      })) as { id: RecordId }
      await afterWrite?.({ collection, id: created.id as RecordId })
      return created.id as RecordId
    }

    const [reportEntry, chapterEntry, articleEntry] = documents
    const reportData = copyFigures(source, reportEntry.paths)
    reportData.title = nextYearText(String(source.title), fromYear, year)
    reportData.slug = targetSlug
    reportData.year = year
    const reportId = await create(collections.reports, reportData)

    const chapterIds = new Map<string, RecordId>()
    for (const chapter of chapters) {
      const data = copyFigures(chapter, chapterEntry.paths)
      data.report = reportId
      // Linked to the copied articles once those exist (below).
      data.featuredArticles = []
      chapterIds.set(String(chapter.id), await create(collections.chapters, data))
    }
    const articleIds = new Map<string, RecordId>()
    for (const article of articles) {
      const data = copyFigures(article, articleEntry.paths)
      data.report = reportId
      const chapter = normalizeRecordId(article.chapter)
      data.chapter = chapter === null ? null : (chapterIds.get(String(chapter)) ?? null)
      articleIds.set(String(article.id), await create(collections.featuredArticles, data))
    }
    for (const chapter of chapters) {
      const linked = idsOf(chapter.featuredArticles).map((id) => articleIds.get(String(id))).filter((id): id is RecordId => id !== undefined)
      if (linked.length === 0) continue
      await payload.update({
        collection: collections.chapters as CollectionSlug,
        context: { [SKIP_FIGURE_RESOLVE]: true },
        data: { featuredArticles: linked } as never,
        depth: 0,
        draft: true,
        id: chapterIds.get(String(chapter.id)) as RecordId,
        overrideAccess: true,
        req,
        select: { id: true } as never,
      })
    }

    const newReport = { id: reportId, slug: targetSlug, title: String(reportData.title), year }
    const result: RollForwardResult = {
      created: { chapters: chapters.length, datasets: createdDatasets, featuredArticles: articles.length },
      figures: { awaiting, bound: total - awaiting, total },
      message: {
        en: `${newReport.title} created from ${String(source.title)}: ${chapters.length} chapters, ${articles.length} Uitgelicht articles, ${createdDatasets} new datasets; ${awaiting} of ${total} figures await data.`,
        nl: `${newReport.title} aangemaakt uit ${String(source.title)}: ${chapters.length} hoofdstukken, ${articles.length} Uitgelicht-artikels, ${createdDatasets} nieuwe datasets; ${awaiting} van ${total} kerncijfers wachten op data.`,
      },
      report: newReport,
      source: summary(source),
      status: 'created',
    }
    await payload.create({
      collection: options.auditLogSlug as CollectionSlug,
      data: {
        action: 'reportRolledForward',
        collectionSlug: collections.reports,
        documentId: String(reportId),
        documentTitle: newReport.title,
        summary: result.message.nl,
        user: req.user?.id ?? null,
        // As the workflow's own entries name their user: "Name <email>", or the server.
        userLabel: req.user ? labelOf(req.user as { email?: string; id: unknown; name?: string }) : 'systeem / system',
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
      select: { id: true } as never,
    })
    if (ownTransaction) await commitTransaction(req)
    return result
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}
