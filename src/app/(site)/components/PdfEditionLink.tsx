import React from 'react'

import { latestEdition } from '../lib/edition'
import { reportPdfPath } from '../lib/paths'
import './PdfEditionLink.css'

const dateTime = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' })
const megabytes = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1, minimumFractionDigits: 1 })

/**
 * The download link of the report's PDF edition, with its size, when it was made and its
 * SHA-256 (the PDF cannot hold its own hash; this is where a reader checks a copy). Nothing while
 * no edition exists.
 */
export const PdfEditionLink = async ({ reportId, reportSlug }: { reportId: number | string; reportSlug: string }) => {
  const edition = await latestEdition(reportId)
  if (!edition) return null
  const details = [
    'pdf',
    edition.filesize ? `${megabytes.format(edition.filesize / 1_000_000)} MB` : null,
    edition.pages ? `${edition.pages} pagina's` : null,
  ].filter(Boolean)
  return (
    <p className="pdf-edition">
      <a href={reportPdfPath(reportSlug)} type="application/pdf">
        Download de pdf-editie
      </a>{' '}
      ({details.join(', ')}), gemaakt op <time dateTime={edition.generatedAt}>{dateTime.format(new Date(edition.generatedAt))}</time>.{' '}
      <span className="pdf-edition__hash">
        SHA-256: <code>{edition.sha256}</code>
      </span>
    </p>
  )
}
