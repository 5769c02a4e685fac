import type { ResolvedFigure } from '../../../plugins/key-figures'

import { formatFigure, isFigureUnit } from '../../../plugins/key-figures/engine'

/** A figure as the content API gives it: a `keyFigures` row or the fields of an inline figure. */
export type FigureView = {
  id?: null | string
  label?: null | string
  shown?: null | string
  resolved?: null | ResolvedFigure
}

type Dataset = { period?: null | string; slug: string; title: string }

/**
 * A bound figure's provenance, as the HTML carries it: the `data-*` attributes of the element
 * around the printed figure and the sentence its disclosure says. Pure, so the site, the PDF
 * edition and the tests all make it the same way.
 */
export type Receipt = {
  /** `data-dataset`: the dataset slugs, space separated. */
  dataset: string
  /** `data-records`: the record keys, space separated, in the binding's order. */
  records: string
  /** `data-operation`: record, sum, difference, percentage, ratio or average. */
  operation: string
  /** `data-dataset-version`: the dataset version the check was made against ('' when unknown). */
  datasetVersion: string
  /** `data-verified-at`: when it was checked, ISO 8601 ('' when never). */
  verifiedAt: string
  /** Whether the printed figure agrees with the data now. */
  matches: boolean
  /** The plain-Dutch sentence: "Bron: tabel …, jaarverslag 2024; nagekeken op 7 december 2026." */
  sentence: string
}

const dateFormat = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'Europe/Brussels' })

const datasetsOf = (resolved: ResolvedFigure): Dataset[] => {
  const dataset = resolved.source.dataset as Dataset | Dataset[] | null | undefined
  return Array.isArray(dataset) ? dataset : dataset ? [dataset] : []
}

const quoted = (text: string) => `‘${text}’`

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`)

/** Which rows of the table, and what was done with them, in words. */
export const recordsPhrase = (operation: string, labels: string[]): string => {
  const rows = labels.map(quoted)
  if (rows.length === 0) return ''
  // Long sums are named by their count: a sentence of 14 labels helps nobody.
  const many = rows.length > 4 ? `${rows.length} rijen` : null
  switch (operation) {
    case 'sum':
      return `de som van ${many ?? list(rows)}`
    case 'average':
      return `het gemiddelde van ${many ?? list(rows)}`
    case 'difference':
      return `${rows[0]} min ${list(rows.slice(1))}`
    case 'percentage':
      return `${rows[0]} als aandeel van ${rows.length > 2 ? `de som van ${list(rows.slice(1))}` : rows[1]}`
    case 'ratio':
      return `${rows[0]} gedeeld door ${rows[1]}`
    default:
      return rows.length === 1 ? `rij ${rows[0]}` : `rijen ${list(rows)}`
  }
}

/**
 * The receipt of a figure, or null when the figure is not bound to data (no `resolved`, or no
 * records behind it): such a figure gets no receipt and claims nothing.
 */
export const receiptOf = (figure: FigureView, { reportName }: { reportName: string }): null | Receipt => {
  const resolved = figure.resolved
  if (!resolved || resolved.source.records.length === 0) return null
  const datasets = datasetsOf(resolved)
  const operation = resolved.source.operation ?? 'record'
  const tables = datasets.length === 0 ? 'een niet-openbare tabel' : `${datasets.length === 1 ? 'tabel' : 'tabellen'} ${list(datasets.map((dataset) => quoted(dataset.title)))}`
  const rows = recordsPhrase(operation, resolved.source.records.map((record) => record.label))
  const verified = resolved.verifiedAt ? new Date(resolved.verifiedAt) : null
  const verifiedOk = verified && !Number.isNaN(verified.getTime()) ? verified : null
  const formatted = resolved.formatted ?? (resolved.value && isFigureUnit(resolved.unit) ? formatFigure(resolved.value, resolved.unit) : resolved.value)
  const check = !resolved.matches
    ? `let op: de data zegt nu ${formatted ?? 'iets anders'}.`
    : verifiedOk
      ? `nagekeken op ${dateFormat.format(verifiedOk)}.`
      : 'nog niet nagekeken.'
  return {
    dataset: datasets.map((dataset) => dataset.slug).join(' '),
    datasetVersion: resolved.datasetVersion === null || resolved.datasetVersion === undefined ? '' : String(resolved.datasetVersion),
    matches: Boolean(resolved.matches),
    operation,
    records: resolved.source.records.map((record) => record.key).join(' '),
    sentence: `Bron: ${tables}${rows ? `, ${rows}` : ''}, ${reportName}; ${check}`,
    verifiedAt: verifiedOk ? verifiedOk.toISOString() : '',
  }
}

/** The `data-*` attributes of the element around a printed figure. */
export const receiptAttributes = (receipt: Receipt) => ({
  'data-dataset': receipt.dataset,
  'data-dataset-version': receipt.datasetVersion,
  'data-key-figure': '',
  'data-operation': receipt.operation,
  'data-records': receipt.records,
  'data-verified-at': receipt.verifiedAt,
})

/** A stable, valid HTML id from a figure's id (or its position). */
export const figureDomId = (prefix: string, id: null | string | undefined, index: number): string =>
  `${prefix}-${String(id ?? index).replace(/[^A-Za-z0-9_-]/g, '')}`
