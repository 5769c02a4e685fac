import type { ResolvedFigure } from '@jaarverslag/key-figures/types'

export type FigureView = {
  id?: null | string
  label?: null | string
  shown?: null | string
  rounding?: null | string
  resolved?: null | ResolvedFigure
}

const operationNames: Record<string, string> = {
  average: 'gemiddelde van',
  difference: 'verschil van',
  percentage: 'aandeel van',
  ratio: 'verhouding van',
  record: '',
  sum: 'som van',
}

const dateFormat = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'Europe/Brussels' })

/** "Deelnemers ondersteuningsaanbod 2024 (2024): Totaal aantal deelnemers" and the like. */
export const sourceText = (resolved: null | ResolvedFigure | undefined): string => {
  if (!resolved) return 'Bron onbekend.'
  const datasets = Array.isArray(resolved.source.dataset) ? resolved.source.dataset : resolved.source.dataset ? [resolved.source.dataset] : []
  const datasetText = datasets.map((dataset) => (dataset.period ? `${dataset.title} (${dataset.period})` : dataset.title)).join(', ')
  const records = resolved.source.records.map((record) => record.label).join(resolved.source.operation === 'percentage' ? ' van ' : ', ')
  const operation = operationNames[resolved.source.operation ?? 'record'] ?? ''
  const parts = [datasetText ? `Bron: ${datasetText}` : 'Bron: niet openbaar', records ? `${operation ? `${operation} ` : ''}${records}` : '']
  return parts.filter(Boolean).join(' — ') + '.'
}

export const verifiedText = (resolved: null | ResolvedFigure | undefined): string => {
  if (!resolved?.verifiedAt) return ''
  const date = new Date(resolved.verifiedAt)
  return Number.isNaN(date.getTime()) ? '' : `Gecontroleerd op ${dateFormat.format(date)}.`
}

/** A stable, valid HTML id for a figure's description. */
export const figureDomId = (prefix: string, id: null | string | undefined, index: number): string =>
  `${prefix}-${String(id ?? index).replace(/[^A-Za-z0-9_-]/g, '')}`
