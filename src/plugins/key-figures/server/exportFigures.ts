import type { PayloadRequest } from 'payload'

import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { findInlineFigures } from '../engine/index.ts'
import { csvCell } from '../import/export.ts'
import { RESOLVED_FIELD } from '../resolve/field.ts'
import type { ResolvedFigure } from '../resolve/resolveFigure.ts'
import { figureSelect } from './markStaleDocuments.ts'
import { ReportNotFoundError } from './checkReport.ts'
import { findReport, reportDocumentsWhere } from './reportDocuments.ts'
import { richTextPathsOf, valueAt } from '../fields/richTextFields.ts'

/** One published figure with its source: a row of the open-data export. */
export type ExportedFigure = {
  report: string
  collection: string
  documentId: string
  document: string
  documentSlug: string | null
  /** `keyFigures` for a figure card, else the rich-text field holding the inline figure. */
  field: string
  label: string
  shown: string
  unit: string | null
  value: string | null
  formatted: string | null
  matches: boolean
  operation: string | null
  datasets: { title: string; slug: string; period: string | null }[]
  records: { key: string; label: string; value: string }[]
  verifiedAt: string | null
}

export type FiguresExport = {
  report: { slug: string; title: string }
  exportedAt: string
  figures: ExportedFigure[]
}

type Row = Record<string, unknown>

const asText = (value: unknown) => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value))

/**
 * Every figure of the published documents of a published report (the report itself and every
 * document pointing to it), with its source as the content API resolves it. Drafts and
 * unpublished reports never appear, whoever asks: this is the public open-data view.
 */
export const exportReportFigures = async (reportSlug: string, req: PayloadRequest, options: SanitizedKeyFiguresOptions): Promise<FiguresExport> => {
  const { slugField, titleField } = options.report
  const report = await findReport(reportSlug, req, options, { published: true })
  if (!report) throw new ReportNotFoundError(`Geen gepubliceerd jaarverslag met slug "${reportSlug}" / no published report with slug "${reportSlug}".`)

  const figures: ExportedFigure[] = []
  for (const collection of options.collections) {
    const config = req.payload.collections[collection]?.config
    if (!config) continue
    const titleKey = config.admin?.useAsTitle ?? 'id'
    const select = figureSelect(req.payload, collection)
    ;(select.keyFigures as Row)[RESOLVED_FIELD] = true
    // The read hook fills `resolved` on every figure with one batched lookup for all documents.
    const { docs } = await req.payload.find({
      collection,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { ...select, [titleKey]: true, slug: true } as never,
      sort: config.defaultSort as string | undefined,
      where: reportDocumentsWhere(collection, report.id, req, options, { published: true }),
    })
    for (const doc of docs as Row[]) {
      const base = {
        collection,
        document: asText(doc[titleKey] ?? doc.id),
        documentId: String(doc.id),
        documentSlug: typeof doc.slug === 'string' ? doc.slug : null,
        report: String(report[slugField]),
      }
      const rows = Array.isArray(doc.keyFigures) ? (doc.keyFigures as Row[]) : []
      for (const row of rows) figures.push(toExported(base, 'keyFigures', row))
      for (const path of richTextPathsOf(req.payload, collection)) {
        for (const inline of findInlineFigures(valueAt(doc, path), path)) figures.push(toExported(base, path, inline.fields as Row))
      }
    }
  }
  return {
    exportedAt: new Date().toISOString(),
    figures,
    report: { slug: String(report[slugField]), title: asText(report[titleField]) },
  }
}

const toExported = (base: Omit<ExportedFigure, 'datasets' | 'field' | 'formatted' | 'label' | 'matches' | 'operation' | 'records' | 'shown' | 'unit' | 'value' | 'verifiedAt'>, field: string, figure: Row): ExportedFigure => {
  const resolved = (figure[RESOLVED_FIELD] ?? null) as null | ResolvedFigure
  const dataset = resolved?.source.dataset
  return {
    ...base,
    datasets: Array.isArray(dataset) ? dataset : dataset ? [dataset] : [],
    field,
    formatted: resolved?.formatted ?? null,
    label: asText(figure.label),
    matches: resolved?.matches ?? false,
    operation: resolved?.source.operation ?? (typeof figure.operation === 'string' ? figure.operation : null),
    records: resolved?.source.records ?? [],
    shown: asText(figure.shown),
    unit: resolved?.unit ?? (typeof figure.unit === 'string' ? figure.unit : null),
    value: resolved?.value ?? null,
    verifiedAt: resolved?.verifiedAt ?? null,
  }
}

/* ------------------------------------------------------------------------------------------ */
/* CSV                                                                                         */
/* ------------------------------------------------------------------------------------------ */

export const CSV_COLUMNS = [
  'report',
  'collection',
  'document_id',
  'document',
  'document_slug',
  'field',
  'label',
  'shown',
  'unit',
  'value',
  'formatted',
  'matches',
  'operation',
  'dataset_titles',
  'dataset_slugs',
  'period',
  'record_keys',
  'record_labels',
  'record_values',
  'verified_at',
] as const

/** The export as CSV (comma separated, CRLF line ends, UTF-8 with a byte-order mark for spreadsheets). */
export const figuresToCsv = (data: FiguresExport): string => {
  const lines = data.figures.map((figure) =>
    [
      figure.report,
      figure.collection,
      figure.documentId,
      figure.document,
      figure.documentSlug,
      figure.field,
      figure.label,
      figure.shown,
      figure.unit,
      figure.value,
      figure.formatted,
      figure.matches ? 'true' : 'false',
      figure.operation,
      figure.datasets.map((dataset) => dataset.title).join(' | '),
      figure.datasets.map((dataset) => dataset.slug).join(' | '),
      [...new Set(figure.datasets.map((dataset) => dataset.period).filter(Boolean))].join(' | '),
      figure.records.map((record) => record.key).join(' | '),
      figure.records.map((record) => record.label).join(' | '),
      figure.records.map((record) => record.value).join(' | '),
      figure.verifiedAt,
    ]
      .map(csvCell)
      .join(','),
  )
  return `\uFEFF${[CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`
}
