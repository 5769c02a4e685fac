import React from 'react'

import type { Media, Report } from '../../../../payload-types'

import { isDoc } from '../../lib/content'
import { logoOf } from '../../lib/site'
import { Photo } from '../Media'

const day = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'Europe/Brussels' })

/** The cover of the printed report, in its theme: logo, organisation, title, year and policy period, cover photo, edition date. */
export const PrintCover = ({ generatedAt, report }: { generatedAt: string; report: Report }) => {
  const logo = logoOf(report)
  const logoSrc = logo?.sizes?.thumbnail?.url || logo?.url
  return (
    <section aria-labelledby="print-titel" className="print-cover">
      {logo && logoSrc ? <img alt={report.organisation} className="print-cover__logo" src={logoSrc} /> : null}
      <p className="print-cover__organisation">{report.organisation}</p>
      <h1 className="print-cover__title" id="print-titel">
        {report.title}
      </h1>
      <p className="print-cover__year">
        {report.year}
        {report.policyPeriod ? ` · beleidsperiode ${report.policyPeriod}` : ''}
      </p>
      {isDoc<Media>(report.coverImage) ? (
        <div className="print-cover__photo">
          <Photo media={report.coverImage} size="wide" />
        </div>
      ) : null}
      <p className="print-cover__edition">Gedrukte editie van het online jaarverslag · {day.format(new Date(generatedAt))}</p>
    </section>
  )
}
