/**
 * Texts and small helpers shared by the key-figure admin components. Plain data only, so both
 * the client components and the server view can import it.
 */
import type { FindingKind, LocalizedText } from '../engine/index.ts'
import type { FigureCheckStatus } from '../types.ts'

export type Language = 'en' | 'nl'

/** The admin runs in Dutch unless the user picked English. */
export const toLanguage = (language: string | undefined): Language => (language === 'en' ? 'en' : 'nl')

export const pick = (text: LocalizedText | string | null | undefined, language: Language): string => {
  if (!text) return ''
  if (typeof text === 'string') return text
  return text[language] ?? text.nl ?? ''
}

/** How dates are printed in the admin: Belgian order, in the admin language. */
export const formatDateTime = (value: unknown, language: Language): string | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat(language === 'en' ? 'en-BE' : 'nl-BE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(date)
}

export const statusTexts: Record<FigureCheckStatus, LocalizedText> = {
  awaiting: { en: 'Awaiting data', nl: 'Wacht op data' },
  mismatch: { en: 'Mismatch', nl: 'Afwijking' },
  ok: { en: 'OK', nl: 'OK' },
  stale: { en: 'Stale', nl: 'Verouderd' },
  unchecked: { en: 'Not checked', nl: 'Niet gecontroleerd' },
}

export const isFigureCheckStatus = (value: unknown): value is FigureCheckStatus =>
  value === 'ok' || value === 'mismatch' || value === 'stale' || value === 'unchecked' || value === 'awaiting'

/** Colours from Payload's theme, so light and dark mode both work. */
export const statusColours: Record<FigureCheckStatus, { background: string; border: string; text: string }> = {
  awaiting: { background: 'var(--theme-elevation-50)', border: 'var(--theme-elevation-400)', text: 'var(--theme-elevation-800)' },
  mismatch: { background: 'var(--theme-error-50)', border: 'var(--theme-error-500)', text: 'var(--theme-error-750)' },
  ok: { background: 'var(--theme-success-50)', border: 'var(--theme-success-500)', text: 'var(--theme-success-750)' },
  stale: { background: 'var(--theme-warning-100)', border: 'var(--theme-warning-500)', text: 'var(--theme-warning-800)' },
  unchecked: { background: 'var(--theme-elevation-50)', border: 'var(--theme-elevation-400)', text: 'var(--theme-elevation-800)' },
}

export const kindTexts: Record<FindingKind, LocalizedText> = {
  awaiting: { en: 'Awaiting data', nl: 'Wacht op data' },
  footing: { en: 'Does not add up', nl: 'Telt niet op' },
  mismatch: { en: 'Mismatch', nl: 'Afwijking' },
  stale: { en: 'Stale (published)', nl: 'Verouderd (gepubliceerd)' },
  unreadable: { en: 'Unreadable', nl: 'Onleesbaar' },
  unresolved: { en: 'No data value', nl: 'Geen datawaarde' },
}

export const operationTexts: Record<string, LocalizedText> = {
  average: { en: 'average', nl: 'gemiddelde' },
  change: { en: 'change', nl: 'verandering' },
  difference: { en: 'difference', nl: 'verschil' },
  growth: { en: 'growth', nl: 'groei' },
  series: { en: 'series', nl: 'reeks' },
  percentage: { en: 'percentage', nl: 'percentage' },
  ratio: { en: 'ratio', nl: 'verhouding' },
  record: { en: 'record', nl: 'record' },
  sum: { en: 'sum', nl: 'som' },
}

type SourceLike = { dataset?: string | null; operation?: string | null; records?: string[] | null } | null | undefined

/** "deelnemers-2024 / totaal" or "deelnemers-2024 / som van a, b". */
export const describeSource = (source: SourceLike, language: Language): string => {
  if (!source) return ''
  const records = Array.isArray(source.records) ? source.records.filter(Boolean) : []
  const dataset = source.dataset || '?'
  if (records.length === 0) return source.dataset ?? ''
  const operation = source.operation && source.operation !== 'record' ? operationTexts[source.operation] : null
  const keys = records.join(', ')
  if (!operation) return `${dataset} / ${keys}`
  return `${dataset} / ${pick(operation, language)} ${language === 'en' ? 'of' : 'van'} ${keys}`
}

type DetailsLike = { datasets?: { period?: null | string; title?: null | string }[] | null; records?: { key?: string; label?: null | string }[] | null } | null | undefined

/** One dataset as an editor knows it: "Deelnemers 2024 (2024)", the period left out when the title already says it. */
const datasetName = ({ period, title }: { period?: null | string; title?: null | string }): string => {
  const name = (title ?? '').trim()
  const when = (period ?? '').trim()
  if (!when || name.includes(when)) return name
  return name ? `${name} (${when})` : when
}

/**
 * A figure's source as an editor reads it: "Deelnemers 2024 › Totaal aantal deelnemers", or
 * "Deelnemers 2024 › som van Secundair, Lager". Falls back to slugs and keys when the titles are unknown.
 */
export const describeSourceDetails = (details: DetailsLike, source: SourceLike, language: Language): string => {
  const records = (details?.records ?? []).map((record) => (record.label ?? '').trim() || record.key || '').filter(Boolean)
  const datasets = (details?.datasets ?? []).map(datasetName).filter(Boolean)
  if (records.length === 0 || datasets.length === 0) return describeSource(source, language)
  const operation = source?.operation && source.operation !== 'record' ? operationTexts[source.operation] : null
  const what = operation ? `${pick(operation, language)} ${language === 'en' ? 'of' : 'van'} ${records.join(', ')}` : records.join(', ')
  return `${datasets.join(', ')} › ${what}`
}

type FindingLike = { message?: LocalizedText | string | null; label?: string | null; kind?: string | null }

/** The stored `figureCheck.findings` is JSON: accept an array (or its text) and drop anything else. */
export const readFindings = (value: unknown): FindingLike[] => {
  let list: unknown = value
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value)
    } catch {
      return []
    }
  }
  if (!Array.isArray(list)) return []
  return list.filter((entry): entry is FindingLike => typeof entry === 'object' && entry !== null)
}
