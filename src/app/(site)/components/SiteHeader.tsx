import React from 'react'

import type { Report } from '../../../payload-types'

import { reportPath } from '../lib/paths'
import { logoOf } from '../lib/site'

/** The organisation's mark (its logo from the report's theme, else its name) and the main menu. */
export const SiteHeader = ({ report }: { report: null | Report }) => {
  const logo = logoOf(report)
  const logoSrc = logo?.sizes?.thumbnail?.url || logo?.url
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="brand" href="/">
          {logo && logoSrc ? (
            <img alt={report?.organisation ?? logo.alt} className="brand__logo" height={40} src={logoSrc} width={Math.round((40 * (logo.width ?? 160)) / (logo.height ?? 40))} />
          ) : (
            <span className="brand__name">{report?.organisation ?? 'Jaarverslagen'}</span>
          )}
          {report ? <span className="brand__report">{report.title}</span> : null}
        </a>
        <nav aria-label="Hoofdmenu" className="site-nav">
          <ul>
            {report?.slug ? (
              <li>
                <a href={reportPath(report.slug)}>Inhoud</a>
              </li>
            ) : null}
            <li>
              <a href="/praktijken">Praktijken</a>
            </li>
            <li>
              <a href="/podcasts">Podcasts</a>
            </li>
            <li>
              <a href="/publicaties">Publicaties</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
