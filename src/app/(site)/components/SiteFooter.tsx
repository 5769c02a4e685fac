import React from 'react'

import type { Report } from '../../../payload-types'

import { exportPath } from '../lib/site'

/**
 * The footer says exactly what is checked: only figures with a source button are bound to data
 * and were checked before publishing; other numbers in the text are not.
 */
export const FOOTER_CLAIM =
  'Cijfers met een bronknop (het i-teken ernaast) zijn gekoppeld aan een tabel met data en werden daartegen nagekeken voordat ze gepubliceerd werden. Andere getallen in de tekst zijn niet gekoppeld en niet nagekeken.'

export const SiteFooter = ({ report }: { report: null | Report }) => (
  <footer className="site-footer">
    <div className="site-footer__inner">
      <p className="site-footer__claim">{FOOTER_CLAIM}</p>
      <ul className="site-footer__links">
        {report?.slug ? (
          <li>
            Open data {report.title}: <a href={exportPath(report.slug, 'csv')}>kerncijfers als CSV</a> · <a href={exportPath(report.slug, 'json')}>als JSON</a>
          </li>
        ) : null}
        <li>
          <a href="/toegankelijkheid">Toegankelijkheid</a>
        </li>
        {report?.organisation ? <li>© {report.organisation}</li> : null}
      </ul>
    </div>
  </footer>
)
