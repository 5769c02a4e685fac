import { cache } from 'react'

import type { Chapter, FeaturedArticle, Media, Practice, Report } from '../../../payload-types'

import { apiGet, findOne, type List } from './api'

export const isDoc = <T extends { id: unknown }>(value: unknown): value is T => Boolean(value) && typeof value === 'object' && 'id' in (value as object)

export const docs = <T extends { id: unknown }>(values: unknown): T[] => (Array.isArray(values) ? values.filter(isDoc<T>) : [])

/** A report by slug; `cache` makes the page and its metadata share one request. */
export const findReport = cache((slug: string) => findOne<Report>('reports', { depth: 1, 'where[slug][equals]': slug }))

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

export const sectionChapters = (chapters: Chapter[], section: string) => chapters.filter((chapter) => chapter.section === section)

/** The section of "<year> in cijfers": the one whose key or title says so. */
export const isFiguresSection = (section: { key?: null | string; title: string }) =>
  /in-cijfers$/.test(section.key ?? '') || /in cijfers/i.test(section.title)

export type { Chapter, FeaturedArticle, Media, Practice, Report }
