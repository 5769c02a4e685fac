import type { PayloadRequest } from 'payload'

import type { FigureUnit, RecordLike } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { findNumbersInRichText, isFigureUnit, suggestRecordsFor } from '../engine/index.ts'
import { KEY_FIGURE_BLOCK } from '../engine/lexical.ts'
import { SKIP_FIGURE_RESOLVE } from '../resolve/field.ts'
import { richTextPathsOf, valueAt } from '../fields/richTextFields.ts'
import { findReport, reportDocumentsWhere } from './reportDocuments.ts'

export type UnboundNumber = {
  /** The rich-text field it is in, e.g. `body`. */
  path: string
  /** The paragraph (block) of that field, counted from 0, and where the number starts in its text. */
  block: number
  index: number
  text: string
  unit: FigureUnit
  /** Records whose value, printed as the report prints it, is exactly this number. */
  suggestions: { id: number | string; key: string; label: string; dataset: { slug: string; title: string } | null }[]
}

export type DocumentCoverage = { collection: string; id: number | string; title: string; bound: number; numbers: number; unbound: UnboundNumber[] }

/** Bound numbers / all numbers in the rich text of a report's documents, per document and for the report. */
export type ReportCoverage = { bound: number; numbers: number; documents: DocumentCoverage[] }

/** Every record of a published dataset, as the suggestions compare them. */
const publishedRecords = async (req: PayloadRequest, options: SanitizedKeyFiguresOptions): Promise<RecordLike[]> => {
  const { docs } = await req.payload.find({
    collection: options.slugs.records,
    depth: 1,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { dataset: true, key: true, label: true, unit: true, value: true } as never,
    where: { 'dataset._status': { equals: 'published' } },
  })
  return (docs as Record<string, unknown>[]).flatMap((doc) => {
    const dataset = doc.dataset as { slug?: string; title?: string } | null
    if (!isFigureUnit(doc.unit) || typeof doc.value !== 'string') return []
    return [{ dataset: dataset ? { slug: String(dataset.slug ?? ''), title: String(dataset.title ?? '') } : null, id: doc.id as number | string, key: String(doc.key), label: String(doc.label ?? ''), unit: doc.unit, value: doc.value }]
  })
}

/**
 * The numbers of a report's documents (their newest versions): the figure cards and inline figures
 * (bound) and the other numbers in their rich text (unbound, with the records that match them
 * exactly); a number in the text that a card of the document prints is the card's.
 */
export const reportCoverage = async (reportSlug: string, req: PayloadRequest, options: SanitizedKeyFiguresOptions): Promise<null | ReportCoverage> => {
  const report = await findReport(reportSlug, req, options, { published: false })
  if (!report) return null
  const records = await publishedRecords(req, options)
  const documents: DocumentCoverage[] = []
  for (const collection of options.collections) {
    const config = req.payload.collections[collection]?.config
    if (!config) continue
    const paths = richTextPathsOf(req.payload, collection)
    if (paths.length === 0) continue
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
      select: { ...Object.fromEntries(paths.map((path) => [path.split('.')[0], true])), keyFigures: { shown: true }, [titleKey]: true } as never,
      where: reportDocumentsWhere(collection, report.id, req, options, { published: false }),
    })
    for (const doc of docs as Record<string, unknown>[]) {
      // The figure cards are bound numbers; the same number in the text is the card's, not unbound.
      const cards = (Array.isArray(doc.keyFigures) ? doc.keyFigures : []).map((card) => String((card as { shown?: unknown }).shown ?? '').replace(/\s/g, ''))
      let bound = cards.length
      const unbound: UnboundNumber[] = []
      for (const path of paths) {
        const found = findNumbersInRichText(valueAt(doc, path), KEY_FIGURE_BLOCK)
        bound += found.bound
        for (const number of found.unbound) {
          if (cards.includes(number.text.replace(/\s/g, ''))) continue
          unbound.push({
            block: number.block,
            index: number.index,
            path,
            suggestions: suggestRecordsFor(number, records).map((record) => ({ dataset: record.dataset ? { slug: record.dataset.slug ?? '', title: record.dataset.title ?? '' } : null, id: record.id, key: record.key, label: record.label })),
            text: number.text,
            unit: number.unit,
          })
        }
      }
      documents.push({ bound, collection, id: doc.id as number | string, numbers: bound + unbound.length, title: String(doc[titleKey] ?? doc.id), unbound })
    }
  }
  const bound = documents.reduce((sum, doc) => sum + doc.bound, 0)
  const numbers = documents.reduce((sum, doc) => sum + doc.numbers, 0)
  return { bound, documents, numbers }
}
