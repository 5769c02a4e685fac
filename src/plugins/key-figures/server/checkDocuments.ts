import type { PayloadRequest } from 'payload'

import type { FigureInput, FigureResult, Finding, RecordId } from '../engine/index.ts'
import type { FigureCheckStatus, SanitizedKeyFiguresOptions } from '../types.ts'

import { checkDatasetsFooting, checkFigures, collectReferencedRecordIds } from '../engine/index.ts'
import { collectFigures, isInlineFigure } from './collectFigures.ts'
import { loadRecords } from './loadRecords.ts'
import { richTextPathsOf } from '../fields/richTextFields.ts'

export type DocumentCheck = {
  figures: FigureInput[]
  results: FigureResult[]
  findings: Finding[]
  /** `awaiting` when the only findings are figures awaiting their next period's data. */
  status: Extract<FigureCheckStatus, 'awaiting' | 'mismatch' | 'ok'>
  /** Every record id the figures use. */
  referencedRecords: RecordId[]
  /** The record ids of the inline figures only: what the document stores in `referencedRecords`. */
  inlineRecords: RecordId[]
  /** The datasets of those records (not stored: datasets are found through their records). */
  referencedDatasets: RecordId[]
  /** The datasets the figures rolled into next year wait for (`awaitingData`). */
  awaitedDatasets: RecordId[]
  /** Referenced ids with no record behind them (a draft cannot even be stored with those). */
  missingRecords: RecordId[]
}

/**
 * Checks any number of documents (of one or more collections) against their data with a single
 * batched lookup: one set of queries for all of them, never one per figure or per document.
 */
export const checkDocuments = async (
  documents: readonly { collection: string; doc: Record<string, unknown> }[],
  req: PayloadRequest,
  options: SanitizedKeyFiguresOptions,
): Promise<DocumentCheck[]> => {
  const figuresPerDoc = documents.map(({ collection, doc }) => collectFigures(doc, richTextPathsOf(req.payload, collection)))
  const { footing, records } = await loadRecords(figuresPerDoc.flatMap(collectReferencedRecordIds), req, options)
  const footingFindingsByDataset = new Map<string, Finding[]>()
  for (const finding of checkDatasetsFooting(footing)) {
    const dataset = finding.source.dataset ?? ''
    footingFindingsByDataset.set(dataset, [...(footingFindingsByDataset.get(dataset) ?? []), finding])
  }

  return figuresPerDoc.map((figures) => {
    const { findings, results } = checkFigures(figures, records)
    const referencedRecords = collectReferencedRecordIds(figures)
    const datasets = new Map<string, { id: RecordId; slug: string }>()
    for (const id of referencedRecords) {
      const record = records.get(String(id))
      if (record) datasets.set(String(record.dataset.id), { id: record.dataset.id, slug: record.dataset.slug })
    }
    const footingFindings = [...datasets.values()].flatMap(({ slug }) => footingFindingsByDataset.get(slug) ?? [])
    const all = [...findings, ...footingFindings]
    const awaited = new Map(figures.flatMap((figure) => figure.awaiting?.records ?? []).map((entry) => [String(entry.dataset), entry.dataset]))
    return {
      awaitedDatasets: [...awaited.values()],
      figures,
      findings: all,
      inlineRecords: collectReferencedRecordIds(figures.filter(isInlineFigure)),
      missingRecords: referencedRecords.filter((id) => !records.has(String(id))),
      referencedDatasets: [...datasets.values()].map(({ id }) => id),
      referencedRecords,
      results,
      status: all.length === 0 ? 'ok' : all.every((finding) => finding.kind === 'awaiting') ? 'awaiting' : 'mismatch',
    }
  })
}
