import Decimal from 'decimal.js'

import { type FigureUnit, formatFigure, isFigureUnit } from '@jaarverslag/key-figures/engine'
import type { FigureView } from './receipts'

/** A record as the content API gives it (value: an exact decimal string). */
export type RecordView = { key: string; label: string; unit: string; value: string }

export type DatasetView = {
  slug: string
  title: string
  period?: null | string
  footingRules: { label: string; total: RecordView; parts: RecordView[] }[]
  records: RecordView[]
}

export type ChartPoint = { key: string; label: string; value: string; formatted: string; share?: string }

/**
 * A chart the data asks for. `parts`: a total and the parts a footing rule says make it up;
 * `series`: the records of a dataset that form a series of periods (keys `<name>.<year>`).
 */
export type ChartSpec = {
  id: string
  kind: 'parts' | 'series'
  title: string
  dataset: { slug: string; title: string; period?: null | string }
  unit: FigureUnit
  total?: ChartPoint
  points: ChartPoint[]
  /** The chart in one or two sentences, made from the data: the image's text alternative. */
  alt: string
}

const YEAR_KEY = /^(.+)\.((?:19|20|21)\d\d)$/

const format = (value: string, unit: FigureUnit) => formatFigure(value, unit)

const capitalise = (text: string) => (text ? text[0].toLocaleUpperCase('nl-BE') + text.slice(1) : text)

/**
 * Part labels without what they all repeat ("Deelnemers secundaire doelgroep: Cultuur" ->
 * "Cultuur"): the longest common prefix that ends at a word boundary, when something is left.
 */
export const shortLabels = (labels: string[]): string[] => {
  if (labels.length < 2) return labels
  let prefix = labels[0]
  for (const label of labels.slice(1)) {
    while (!label.startsWith(prefix)) prefix = prefix.slice(0, -1)
  }
  const boundary = Math.max(prefix.lastIndexOf(' '), prefix.lastIndexOf(':') + 1)
  const cut = prefix.length === labels[0].length ? 0 : boundary > 0 ? boundary : 0
  const short = labels.map((label) => label.slice(cut).replace(/^[\s:–-]+/, '').trim())
  return short.some((label) => !label) ? labels : short.map(capitalise)
}

/** The records each dataset contributes to the page's bound figures: dataset slug -> record keys. */
export const usedRecords = (figures: FigureView[]): Map<string, Set<string>> => {
  const used = new Map<string, Set<string>>()
  for (const figure of figures) {
    const resolved = figure.resolved
    if (!resolved) continue
    const datasets = Array.isArray(resolved.source.dataset) ? resolved.source.dataset : resolved.source.dataset ? [resolved.source.dataset] : []
    // A figure over several datasets names them in order; its records carry no dataset, so each
    // dataset is credited with all of them (a key belongs to one dataset's chart rules anyway).
    for (const dataset of datasets) {
      const keys = used.get(dataset.slug) ?? new Set<string>()
      resolved.source.records.forEach((record) => keys.add(record.key))
      used.set(dataset.slug, keys)
    }
  }
  return used
}

const percentOf = (part: string, total: string): string => {
  const whole = new Decimal(total)
  return whole.isZero() ? '0' : new Decimal(part).div(whole).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0)
}

const listText = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`)

const partsChart = (dataset: DatasetView, rule: DatasetView['footingRules'][number], index: number): ChartSpec | null => {
  const unit = rule.total.unit
  if (!isFigureUnit(unit) || rule.parts.length < 2 || rule.parts.some((part) => part.unit !== unit)) return null
  const labels = shortLabels(rule.parts.map((part) => part.label))
  const points = rule.parts.map((part, partIndex) => ({
    formatted: format(part.value, unit),
    key: part.key,
    label: labels[partIndex],
    share: unit === 'percent' ? undefined : format(percentOf(part.value, rule.total.value), 'percent'),
    value: part.value,
  }))
  const total = { formatted: format(rule.total.value, unit), key: rule.total.key, label: rule.total.label, value: rule.total.value }
  // A total labelled just "Totaal" says nothing on its own: the dataset's title does.
  const title = /^totaal$/i.test(rule.total.label.trim()) ? dataset.title : rule.total.label
  const parts = points.map((point) => `${point.label.toLocaleLowerCase('nl-BE')} ${point.formatted}${point.share ? ` (${point.share})` : ''}`)
  return {
    alt: `${capitalise(title)}: ${total.formatted} in totaal, waarvan ${listText(parts)}.`,
    dataset: { period: dataset.period, slug: dataset.slug, title: dataset.title },
    id: `${dataset.slug}-deel-${index + 1}`,
    kind: 'parts',
    points,
    title: capitalise(title),
    total,
    unit,
  }
}

const seriesCharts = (dataset: DatasetView, keys: Set<string>): ChartSpec[] => {
  const groups = new Map<string, RecordView[]>()
  for (const record of dataset.records) {
    const match = YEAR_KEY.exec(record.key)
    if (!match) continue
    groups.set(match[1], [...(groups.get(match[1]) ?? []), record])
  }
  return [...groups.entries()].flatMap(([name, records]) => {
    const unit = records[0].unit
    if (records.length < 3 || !isFigureUnit(unit) || records.some((record) => record.unit !== unit)) return []
    if (!records.some((record) => keys.has(record.key))) return []
    const sorted = [...records].sort((a, b) => a.key.localeCompare(b.key))
    const points = sorted.map((record) => ({ formatted: format(record.value, unit), key: record.key, label: YEAR_KEY.exec(record.key)![2], value: record.value }))
    const byValue = [...points].sort((a, b) => new Decimal(a.value).cmp(b.value))
    const [first, last] = [points[0], points[points.length - 1]]
    const [lowest, highest] = [byValue[0], byValue[byValue.length - 1]]
    const title = `${dataset.title}`
    return [
      {
        alt: `${title}, ${first.label} tot ${last.label}: van ${first.formatted} in ${first.label} naar ${last.formatted} in ${last.label}; het hoogst in ${highest.label} (${highest.formatted}), het laagst in ${lowest.label} (${lowest.formatted}).`,
        dataset: { period: dataset.period, slug: dataset.slug, title: dataset.title },
        id: `${dataset.slug}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}-reeks`,
        kind: 'series' as const,
        points,
        title,
        unit,
      },
    ]
  })
}

/**
 * A `series` figure (one record per period of a series) is an evolution chart: its values per
 * period come from the data (`resolved.periods`), oldest first; the figure's label is its title.
 */
export const periodSeriesCharts = (figures: FigureView[]): ChartSpec[] =>
  figures.flatMap((figure) => {
    const resolved = figure.resolved
    const values = resolved?.periods?.values ?? []
    const unit = resolved?.unit
    if (!resolved || resolved.source.operation !== 'series' || values.length < 2 || !unit || !isFigureUnit(unit)) return []
    const points = values.map((entry) => ({ formatted: format(entry.value, unit), key: entry.period, label: entry.period, value: entry.value }))
    const byValue = [...points].sort((a, b) => new Decimal(a.value).cmp(b.value))
    const [first, last] = [points[0], points[points.length - 1]]
    const [lowest, highest] = [byValue[0], byValue[byValue.length - 1]]
    const datasets = Array.isArray(resolved.source.dataset) ? resolved.source.dataset : resolved.source.dataset ? [resolved.source.dataset] : []
    const key = resolved.source.records[0]?.key ?? 'reeks'
    const title = capitalise(figure.label ?? resolved.label)
    return [
      {
        alt: `${title}, ${first.label} tot ${last.label}: van ${first.formatted} in ${first.label} naar ${last.formatted} in ${last.label}; het hoogst in ${highest.label} (${highest.formatted}), het laagst in ${lowest.label} (${lowest.formatted}).`,
        dataset: { period: `${first.label}-${last.label}`, slug: datasets[datasets.length - 1]?.slug ?? key, title },
        id: `${(datasets[0]?.slug ?? key).replace(/[^A-Za-z0-9_-]/g, '-')}-${key.replace(/[^A-Za-z0-9_-]/g, '-')}-reeks`,
        kind: 'series' as const,
        points,
        title,
        unit,
      },
    ]
  })

/**
 * The charts a page's figures call for, derived from the data alone: every footing rule
 * (total = parts) of a dataset the figures use whose total or parts include a record behind a
 * figure, and every series of periods in such a dataset that holds one of those records.
 */
export const deriveCharts = (figures: FigureView[], datasets: DatasetView[]): ChartSpec[] => {
  const used = usedRecords(figures.filter((figure) => figure.resolved?.source.operation !== 'series'))
  const fromData = datasets.flatMap((dataset) => {
    const keys = used.get(dataset.slug)
    if (!keys || keys.size === 0) return []
    const parts = dataset.footingRules.flatMap((rule, index) =>
      keys.has(rule.total.key) || rule.parts.some((part) => keys.has(part.key)) ? [partsChart(dataset, rule, index)].filter((chart): chart is ChartSpec => chart !== null) : [],
    )
    return [...seriesCharts(dataset, keys), ...parts]
  })
  return [...periodSeriesCharts(figures), ...fromData]
}
