import type { PayloadRequest } from 'payload'

/** Where things live on the public front-end; one place, so links and the live preview agree. */
export const reportPath = (report: string) => `/jaarverslagen/${encodeURIComponent(report)}`
export const chapterPath = (report: string, chapter: string) => `${reportPath(report)}/${encodeURIComponent(chapter)}`
export const featuredArticlePath = (report: string, article: string) => `${reportPath(report)}/uitgelicht/${encodeURIComponent(article)}`
/** The PDF edition of a report (a route handler) and the page it is printed from. */
export const reportPdfPath = (report: string) => `${reportPath(report)}/pdf`
export const reportPrintPath = (report: string) => `${reportPath(report)}/afdrukken`

/** A path the preview route may send an editor to: on this site, not the admin or the API. */
export const isPreviewablePath = (path: string): boolean =>
  path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') && !/^\/(admin|api)(\/|$)/.test(path)

const originOf = (req: PayloadRequest): string => {
  const host = req.headers?.get('host')
  const proto = req.headers?.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http'
  if (host) return `${proto}://${host}`
  return (req.payload.config.serverURL || process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')
}

const idOf = (value: unknown): null | number | string =>
  typeof value === 'number' || typeof value === 'string' ? value : value && typeof value === 'object' && 'id' in value ? ((value as { id: number | string }).id ?? null) : null

/**
 * The live-preview (and preview button) address of a chapter or Uitgelicht article: the
 * front-end's /preview route, which turns on draft mode only for a logged-in user and then
 * shows the page. Null (no preview) while the document has no slug or report yet.
 */
export const documentPreviewUrl =
  (kind: 'chapter' | 'featuredArticle') =>
  async ({ data, req }: { data: Record<string, unknown>; req: PayloadRequest }): Promise<null | string> => {
    const reportId = idOf(data.report)
    if (reportId === null || typeof data.slug !== 'string' || !data.slug) return null
    const report = await req.payload
      .findByID({ collection: 'reports', depth: 0, disableErrors: true, draft: true, id: reportId, overrideAccess: true, req, select: { slug: true } })
      .catch(() => null)
    if (!report?.slug) return null
    const path = kind === 'chapter' ? chapterPath(report.slug, data.slug) : featuredArticlePath(report.slug, data.slug)
    return `${originOf(req)}/preview?path=${encodeURIComponent(path)}`
  }
