import { findChromium } from '../../../../../plugins/report-pdf/render/chromium'
import { editionUnavailable } from '../../../../../plugins/report-pdf/server/unavailable'
import { apiOrigin } from '../../../lib/api'
import { findReport } from '../../../lib/content'
import { EDITIONS_COLLECTION, latestEdition } from '../../../lib/edition'

export const dynamic = 'force-dynamic'

const text = (body: string, status: number, headers: Record<string, string> = {}) =>
  new Response(body, { headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8', ...headers }, status })

/**
 * `GET /jaarverslagen/<report>/pdf`: the report's current PDF edition (inline, ETag = its
 * SHA-256). 404 for an unknown or unpublished report; 503 while no edition exists, saying why
 * (being made, or no Chromium on this server).
 */
export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }) {
  const slug = (await params).report
  const report = await findReport(slug)
  if (!report) return text(`Geen gepubliceerd jaarverslag "${slug}". / No published report "${slug}".`, 404)
  const edition = await latestEdition(report.id)
  if (!edition) {
    const { body, headers, status } = editionUnavailable({ chromium: findChromium() !== null })
    return text(body, status, headers)
  }
  const etag = `"${edition.sha256}"`
  const cacheHeaders = { 'Cache-Control': 'public, max-age=0, must-revalidate', ETag: etag }
  if ((request.headers.get('if-none-match') ?? '').split(',').some((tag) => tag.trim() === etag)) return new Response(null, { headers: cacheHeaders, status: 304 })
  const file = await fetch(`${apiOrigin()}/api/${EDITIONS_COLLECTION}/file/${encodeURIComponent(edition.filename)}`, { cache: 'no-store' })
  if (!file.ok || !file.body) return text('De pdf-editie kon niet gelezen worden. / The PDF edition could not be read.', 502)
  const filename = `${(report.slug ?? slug).replace(/[^A-Za-z0-9_-]/g, '')}.pdf`
  return new Response(file.body, {
    headers: {
      ...cacheHeaders,
      'Content-Disposition': `inline; filename="${filename}"`,
      ...(file.headers.get('content-length') ? { 'Content-Length': file.headers.get('content-length') as string } : {}),
      'Content-Type': 'application/pdf',
    },
  })
}
