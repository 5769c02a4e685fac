import { cache } from 'react'

import type { Chapter, FeaturedArticle, Media, Practice, Report } from '../../../payload-types'

import { apiGet, findOne, type List } from './api'

export const isDoc = <T extends { id: unknown }>(value: unknown): value is T => Boolean(value) && typeof value === 'object' && 'id' in (value as object)

export const docs = <T extends { id: unknown }>(values: unknown): T[] => (Array.isArray(values) ? values.filter(isDoc<T>) : [])

/** A report by slug; `cache` makes the page and its metadata share one request. */
export const findReport = cache((slug: string) => findOne<Report>('reports', { depth: 1, 'where[slug][equals]': slug }))

/**
 * A published document of a report (chapter or Uitgelicht article) by the report's slug and its
 * own, with its relationships one level deep; null when either is unknown. Pages wrap it in
 * `cache` so the page and its metadata share one request.
 */
export const findInReport = async <T,>(collection: 'chapters' | 'featured-articles', reportSlug: string, slug: string): Promise<{ doc: T; report: Report } | null> => {
  const report = await findReport(reportSlug)
  if (!report) return null
  const doc = await findOne<T>(collection, {
    depth: 1,
    'where[and][0][report][equals]': String(report.id),
    'where[and][1][slug][equals]': slug,
  })
  return doc ? { doc, report } : null
}

/** The chapters of a report in reading order (`sortKey` follows the numbering), without their bodies. */
export const listChapters = async (reportId: number | string) =>
  (
    await apiGet<List<Chapter>>('/chapters', {
      depth: 0,
      limit: 200,
      'select[number]': true,
      'select[section]': true,
      'select[slug]': true,
      'select[summary]': true,
      'select[title]': true,
      sort: 'sortKey',
      'where[report][equals]': String(reportId),
    })
  ).docs

/** The published chapters of a section with their key figures (for "2024 in cijfers"). */
export const listFigureChapters = async (reportId: number | string, sectionKey: string) =>
  (
    await apiGet<List<Chapter>>('/chapters', {
      depth: 0,
      limit: 50,
      'select[keyFigures]': true,
      'select[number]': true,
      'select[slug]': true,
      'select[title]': true,
      sort: 'sortKey',
      'where[and][0][report][equals]': String(reportId),
      'where[and][1][section][equals]': sectionKey,
    })
  ).docs

/** The Uitgelicht articles of a report, without their bodies. */
export const listArticles = async (reportId: number | string) =>
  (
    await apiGet<List<FeaturedArticle>>('/featured-articles', {
      depth: 0,
      limit: 50,
      'select[lead]': true,
      'select[slug]': true,
      'select[title]': true,
      sort: 'title',
      'where[report][equals]': String(reportId),
    })
  ).docs

export const sectionChapters = (chapters: Chapter[], section: string) => chapters.filter((chapter) => chapter.section === section)

/** The section of "<year> in cijfers": the one whose key or title says so. */
export const isFiguresSection = (section: { key?: null | string; title: string }) =>
  /in-cijfers$/.test(section.key ?? '') || /in cijfers/i.test(section.title)

export type { Chapter, FeaturedArticle, Media, Practice, Report }
