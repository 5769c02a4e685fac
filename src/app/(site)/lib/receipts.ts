import type { ResolvedFigure } from '@jaarverslag/key-figures/types'
import type { ReceiptSource } from '@jaarverslag/key-figures/receipts'

import { formatFigure, isFigureUnit } from '@jaarverslag/key-figures/engine'
import { receiptAttributes } from '@jaarverslag/key-figures/receipts'

/** A figure as the content API gives it: a `keyFigures` row or the fields of an inline figure. */
export type FigureView = ReceiptSource & { shown?: null | string }

type Dataset = { period?: null | string; slug: string; title: string }

/**
 * A bound figure's provenance as the page shows it: the `data-*` attributes of the element around
 * the printed figure (built by the key-figures plugin's `receiptAttributes`, the one definition the
 * PDF edition and `figures:verify` read back) and the sentence its disclosure says.
 */
export type Receipt = {
  /** `data-key-figure` (the figure id), `data-dataset`, `data-records`, `data-operation`, `data-dataset-version`, `data-verified-at`, ... */
  attributes: Record<string, string>
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
 * The receipt of a figure, or null when the figure is not bound to published data (no
 * `resolved`, or no records the reader may see): such a figure gets no receipt and claims nothing.
 */
export const receiptOf = (figure: FigureView, { reportName }: { reportName: string }): null | Receipt => {
  const attributes = receiptAttributes(figure)
  const resolved = figure.resolved
  if (!attributes || !resolved) return null
  const datasets = datasetsOf(resolved)
  const operation = resolved.source.operation ?? 'record'
  const tables = `${datasets.length === 1 ? 'tabel' : 'tabellen'} ${list(datasets.map((dataset) => quoted(dataset.title)))}`
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
    attributes,
    matches: Boolean(resolved.matches),
    sentence: `Bron: ${tables}${rows ? `, ${rows}` : ''}, ${reportName}; ${check}`,
  }
}

/** A stable, valid HTML id from a figure's id (or its position). */
export const figureDomId = (prefix: string, id: null | string | undefined, index: number): string =>
  `${prefix}-${String(id ?? index).replace(/[^A-Za-z0-9_-]/g, '')}`
