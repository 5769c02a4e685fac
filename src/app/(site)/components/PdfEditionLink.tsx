import React from 'react'

import { latestEdition } from '../lib/edition'
import { reportPdfPath } from '../lib/paths'

const dateTime = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' })
const megabytes = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1, minimumFractionDigits: 1 })

/**
 * The download link of the report's PDF edition, with its size, its pages, when it was made and
 * its SHA-256 (the PDF cannot hold its own hash; this is where a reader checks a copy). Nothing
 * while no edition exists. Styled like the open-data note beside it (site.css).
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
    <aside aria-label="Pdf-editie" className="pdf-edition">
      <p>
        <strong>Pdf-editie.</strong> Het hele jaarverslag in één document, om te bewaren of af te drukken:{' '}
        <a href={reportPdfPath(reportSlug)} type="application/pdf">
          download de pdf-editie
        </a>{' '}
        ({details.join(', ')}; gemaakt op <time dateTime={edition.generatedAt}>{dateTime.format(new Date(edition.generatedAt))}</time>).
      </p>
      <p className="pdf-edition__hash">
        Controlegetal (SHA-256): <code>{edition.sha256}</code>
      </p>
    </aside>
  )
}
