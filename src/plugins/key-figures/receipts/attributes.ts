/**
 * The receipt of a published figure: what the site prints around every bound figure (HTML
 * attributes) and what the PDF edition carries in its attached figure manifest, so that anyone
 * can re-check a printed number against the current data (`npm run figures:verify`).
 *
 * Pure: imports nothing from Payload or React. The site builds the attributes, the PDF edition
 * copies them from the rendered page, the verifier reads them back.
 */
import type { ResolvedFigure } from '../resolve/resolveFigure.ts'

import { isFigureUnit, isOperation, type FigureUnit, type Operation, type RoundingMode } from '../engine/index.ts'

/**
 * The attribute names (agreed for issue 15). An element carrying `data-key-figure` is one bound
 * figure; its child with `data-key-figure-value` holds the text exactly as printed.
 * `data-unit` and `data-rounding` are optional extras: without them the verifier infers the unit
 * from the records and compares with the tolerant rule.
 */
export const RECEIPT = {
  dataset: 'data-dataset',
  datasetVersion: 'data-dataset-version',
  figure: 'data-key-figure',
  label: 'data-figure-label',
  operation: 'data-operation',
  records: 'data-records',
  rounding: 'data-rounding',
  unit: 'data-unit',
  value: 'data-key-figure-value',
  verifiedAt: 'data-verified-at',
} as const

/** What the site knows of a figure when it prints it (a `keyFigures` row or an inline figure's fields). */
export type ReceiptSource = {
  id?: null | string
  label?: null | string
  rounding?: null | string
  resolved?: null | ResolvedFigure
}

/** One figure as its receipt describes it. */
export type FigureReceipt = {
  /** The figure's id (`data-key-figure`); may be empty. */
  id: string
  label: null | string
  /** The text exactly as printed. */
  shown: string
  /** Dataset slugs, in the order the records first name them. */
  datasets: string[]
  /** Record keys, in operand order. */
  records: string[]
  operation: 'record' | Operation
  datasetVersion: null | number
  verifiedAt: null | string
  unit: FigureUnit | null
  rounding: null | RoundingMode
}

const datasetsOf = (resolved: ResolvedFigure): string[] => {
  const dataset = resolved.source.dataset
  return (Array.isArray(dataset) ? dataset : dataset ? [dataset] : []).map((entry) => entry.slug)
}

/**
 * The receipt attributes of a figure, or null when it is not bound to published data (an unbound
 * number claims nothing and gets no receipt). Spread them on the element that wraps the figure;
 * its child with `data-key-figure-value` holds the printed text. Render them in one component of
 * your front-end, so every figure carries the same markup.
 */
export const receiptAttributes = (figure: ReceiptSource): null | Record<string, string> => {
  const resolved = figure.resolved
  if (!resolved || resolved.source.records.length === 0) return null
  const datasets = datasetsOf(resolved)
  if (datasets.length === 0) return null
  const attributes: Record<string, string> = {
    [RECEIPT.figure]: figure.id ?? '',
    [RECEIPT.dataset]: datasets.join(' '),
    [RECEIPT.records]: resolved.source.records.map((record) => record.key).join(' '),
    [RECEIPT.operation]: resolved.source.operation ?? 'record',
  }
  if (figure.label?.trim()) attributes[RECEIPT.label] = figure.label.trim()
  if (resolved.datasetVersion !== null && resolved.datasetVersion !== undefined) attributes[RECEIPT.datasetVersion] = String(resolved.datasetVersion)
  if (resolved.verifiedAt) attributes[RECEIPT.verifiedAt] = resolved.verifiedAt
  if (resolved.unit) attributes[RECEIPT.unit] = resolved.unit
  if (figure.rounding === 'half-up') attributes[RECEIPT.rounding] = 'half-up'
  return attributes
}

/** The attributes of one marked element as found in a page or a manifest, and its printed text. */
export type RawReceipt = { attributes: Record<string, string | undefined>; value: null | string }

export type ReadReceipt = { ok: false; problem: string; id: string } | { ok: true; receipt: FigureReceipt }

const words = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean)

/** Reads a receipt back; says what is missing or wrong instead of guessing. */
export const readReceipt = ({ attributes, value }: RawReceipt): ReadReceipt => {
  const id = attributes[RECEIPT.figure] ?? ''
  const fail = (problem: string): ReadReceipt => ({ id, ok: false, problem })
  if (value === null || value.trim() === '') return fail(`geen gedrukte waarde ([${RECEIPT.value}] ontbreekt of is leeg)`)
  const datasets = words(attributes[RECEIPT.dataset])
  if (datasets.length === 0) return fail(`${RECEIPT.dataset} ontbreekt`)
  const records = words(attributes[RECEIPT.records])
  if (records.length === 0) return fail(`${RECEIPT.records} ontbreekt`)
  const operation = attributes[RECEIPT.operation] || 'record'
  if (operation !== 'record' && !isOperation(operation)) return fail(`onbekende bewerking "${operation}"`)
  if (operation === 'record' && records.length !== 1) return fail(`bewerking "record" met ${records.length} records`)
  const versionText = attributes[RECEIPT.datasetVersion]
  const datasetVersion = versionText && /^\d+$/.test(versionText) ? Number(versionText) : null
  const unit = attributes[RECEIPT.unit]
  const rounding = attributes[RECEIPT.rounding]
  return {
    ok: true,
    receipt: {
      datasets,
      datasetVersion,
      id,
      label: attributes[RECEIPT.label]?.trim() || null,
      operation,
      records,
      rounding: rounding === 'half-up' || rounding === 'tolerant' ? rounding : null,
      shown: value.trim(),
      unit: isFigureUnit(unit) ? unit : null,
      verifiedAt: attributes[RECEIPT.verifiedAt] || null,
    },
  }
}
