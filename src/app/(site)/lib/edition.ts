import type { Chapter, FeaturedArticle } from '../../../payload-types'

import { slugs } from '../../../collections/slugs'
import { apiGet, type List } from './api'

/** The current PDF edition of a report, as the public may read it (`report-pdfs`, latest only). */
export type PdfEdition = { id: number | string; filename: string; filesize: null | number; generatedAt: string; pages: null | number; sha256: string }

export const EDITIONS_COLLECTION = slugs.reportPdfs

/** The report's current PDF edition, or null when none has been made (yet). */
export const latestEdition = async (reportId: number | string): Promise<null | PdfEdition> => {
  const { docs } = await apiGet<List<PdfEdition>>(`/${EDITIONS_COLLECTION}`, {
    depth: 0,
    limit: 1,
    'select[filename]': true,
    'select[filesize]': true,
    'select[generatedAt]': true,
    'select[pages]': true,
    'select[sha256]': true,
    sort: '-generatedAt',
    'where[and][0][report][equals]': String(reportId),
    'where[and][1][latest][equals]': true,
  }).catch(() => ({ docs: [] as PdfEdition[] }))
  return docs[0] ?? null
}

/** Every published chapter and Uitgelicht article of a report, whole (bodies, figures, photos, practices). */
export const loadReportDocuments = async (reportId: number | string) => {
  const [chapters, articles] = await Promise.all([
    apiGet<List<Chapter>>('/chapters', { depth: 1, limit: 200, sort: 'sortKey', 'where[report][equals]': String(reportId) }),
    apiGet<List<FeaturedArticle>>('/featured-articles', { depth: 1, limit: 200, sort: 'title', 'where[report][equals]': String(reportId) }),
  ])
  return { articles: articles.docs, chapters: chapters.docs }
}
