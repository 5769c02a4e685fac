import React from 'react'

import { type Language, pick } from '../texts.ts'
import { t } from './texts.ts'

/** The reports to choose from, as links (`?report=<slug>`); the chosen one is the current page. */
export const ReportChoice = ({ chosen, language, reports }: { chosen: string; language: Language; reports: { slug: string; title: string }[] }) =>
  reports.length > 0 ? (
    <nav aria-label={pick(t.reports, language)} style={{ marginBottom: 32 }}>
      <h2 style={{ fontSize: '1rem', margin: '0 0 8px' }}>{pick(t.reports, language)}</h2>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 8, listStyle: 'none', margin: 0, padding: 0 }}>
        {reports.map((report) => {
          const current = report.slug === chosen
          return (
            <li key={report.slug}>
              <a
                aria-current={current ? 'page' : undefined}
                href={`?report=${encodeURIComponent(report.slug)}`}
                style={{
                  background: current ? 'var(--theme-elevation-800)' : 'var(--theme-elevation-50)',
                  border: '1px solid var(--theme-elevation-200)',
                  borderRadius: 4,
                  color: current ? 'var(--theme-elevation-0)' : 'var(--theme-text)',
                  display: 'inline-block',
                  padding: '6px 12px',
                  textDecoration: 'none',
                }}
              >
                {report.title}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  ) : null
