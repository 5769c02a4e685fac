import type { PayloadRequest } from 'payload'

import React from 'react'

import type { ReportCheck } from '../../server/checkReport.ts'
import type { SanitizedKeyFiguresOptions } from '../../types.ts'

import { formatDateTime, type Language, pick } from '../texts.ts'
import { FindingsTable } from './FindingsTable.tsx'
import { groupFindings } from './groupFindings.ts'
import { t } from './texts.ts'

/** A report's check: its summary, then its findings document by document (or that there are none). */
export const CheckResult = ({
  check,
  language,
  options,
  req,
}: {
  check: ReportCheck
  language: Language
  options: SanitizedKeyFiguresOptions
  req: PayloadRequest
}) => {
  const groups = groupFindings(check, options, req.payload.config.routes.admin)
  const when = formatDateTime(check.checkedAt, language)
  return (
    <section aria-labelledby="publication-check-result">
      <h2 id="publication-check-result" style={{ margin: '0 0 12px' }}>
        {check.report.title || check.report.slug}
      </h2>
      <dl
        aria-label={pick(t.summary, language)}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 24, margin: '0 0 24px' }}
      >
        {[
          [t.documents, check.summary.documents],
          [t.figures, check.summary.figures],
          [t.findings, check.summary.findings],
        ].map(([label, value]) => (
          <div key={pick(label as (typeof t)['documents'], language)}>
            <dt style={{ color: 'var(--theme-elevation-600)' }}>{pick(label as (typeof t)['documents'], language)}</dt>
            <dd style={{ fontSize: '1.6rem', fontWeight: 700, margin: 0 }}>{String(value)}</dd>
          </div>
        ))}
        <div>
          <dt style={{ color: 'var(--theme-elevation-600)' }}>{pick(t.checkedAt, language)}</dt>
          <dd style={{ margin: '0.4rem 0 0' }}>
            <time dateTime={check.checkedAt}>{when}</time>
          </dd>
        </div>
      </dl>
      {groups.length === 0 ? (
        <p
          role="status"
          style={{
            background: 'var(--theme-success-50)',
            borderLeft: '4px solid var(--theme-success-500)',
            margin: 0,
            padding: '12px 16px',
          }}
        >
          {`✓ ${pick(t.clean, language)}`}
        </p>
      ) : (
        groups.map((group) => <FindingsTable group={group} key={`${group.collection}-${group.href ?? group.title}`} language={language} options={options} req={req} />)
      )}
    </section>
  )
}
