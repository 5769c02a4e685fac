import { cache } from 'react'

import type { Media, Report } from '../../../payload-types'

import { apiGet, type List } from './api'

/**
 * The report the site opens with: the newest published one, with its theme (logo one level
 * deep). Shared by the layout and the home page through `cache`.
 */
export const findCurrentReport = cache(async (): Promise<null | Report> => {
  const { docs } = await apiGet<List<Report>>('/reports', {
    depth: 1,
    limit: 1,
    'select[organisation]': true,
    'select[slug]': true,
    'select[theme]': true,
    'select[title]': true,
    'select[year]': true,
    // Newest year first; of two reports of one year, the one made first.
    sort: '-year,createdAt',
  }).catch(() => ({ docs: [] as Report[] }))
  return docs[0] ?? null
})

export const logoOf = (report: null | Report): Media | null => {
  const logo = report?.theme?.logo
  return logo && typeof logo === 'object' ? logo : null
}

/** "jaarverslag 2024": how a receipt names the report a figure appears in. */
export const reportName = (report: Pick<Report, 'title' | 'year'>) => (report.year ? `jaarverslag ${report.year}` : report.title.toLocaleLowerCase('nl-BE'))

export const exportPath = (reportSlug: string, format: 'csv' | 'json') => `/api/key-figures/export?report=${encodeURIComponent(reportSlug)}&format=${format}`
