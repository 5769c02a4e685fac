'use client'

import type { GroupFieldClientProps } from 'payload'

import { useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import {
  formatDateTime,
  isFigureCheckStatus,
  pick,
  readFindings,
  statusColours,
  statusTexts,
  toLanguage,
} from './texts.ts'

const texts = {
  checkedAt: { en: 'Checked', nl: 'Gecontroleerd' },
  figures: { en: 'Figures', nl: 'Kerncijfers' },
  findings: { en: 'Findings', nl: 'Bevindingen' },
  heading: { en: 'Figure check', nl: 'Cijfercontrole' },
  never: { en: 'never', nl: 'nooit' },
  note: { en: 'As of the last save.', nl: 'Stand bij de laatste bewaring.' },
}

/**
 * The sidebar summary of the server-kept `figureCheck` group: status, when it was checked, how
 * many figures it covers and what is wrong with them.
 */
export const FigureCheckSummary = (props: GroupFieldClientProps) => {
  const path = props.path || 'figureCheck'
  const { i18n } = useTranslation()
  const language = toLanguage(i18n.language)
  const rawStatus = useFormFields(([fields]) => fields?.[`${path}.status`]?.value)
  const checkedAt = useFormFields(([fields]) => fields?.[`${path}.checkedAt`]?.value)
  const figures = useFormFields(([fields]) => fields?.[`${path}.figures`]?.value)
  const rawFindings = useFormFields(([fields]) => fields?.[`${path}.findings`]?.value)

  const status = isFigureCheckStatus(rawStatus) ? rawStatus : 'unchecked'
  const colours = statusColours[status]
  const findings = readFindings(rawFindings)
  const when = formatDateTime(checkedAt, language)
  const count = typeof figures === 'number' ? figures : Number(figures)

  return (
    <section
      aria-labelledby={`${path}-heading`}
      className="key-figure-check-summary"
      data-status={status}
      style={{ marginBottom: 'var(--base, 20px)' }}
    >
      <h3 id={`${path}-heading`} style={{ fontSize: '1rem', margin: '0 0 8px' }}>
        {pick(texts.heading, language)}
      </h3>
      <p style={{ margin: '0 0 8px' }}>
        <span
          style={{
            background: colours.background,
            border: `1px solid ${colours.border}`,
            borderRadius: 999,
            color: colours.text,
            display: 'inline-block',
            fontWeight: 600,
            padding: '2px 10px',
          }}
        >
          {pick(statusTexts[status], language)}
        </span>
      </p>
      <dl style={{ display: 'grid', gap: '2px 12px', gridTemplateColumns: 'auto 1fr', margin: '0 0 8px' }}>
        <dt style={{ color: 'var(--theme-elevation-600)' }}>{pick(texts.checkedAt, language)}</dt>
        <dd style={{ margin: 0 }}>
          {when && typeof checkedAt === 'string' ? <time dateTime={checkedAt}>{when}</time> : pick(texts.never, language)}
        </dd>
        <dt style={{ color: 'var(--theme-elevation-600)' }}>{pick(texts.figures, language)}</dt>
        <dd style={{ margin: 0 }}>{Number.isFinite(count) ? count : '–'}</dd>
      </dl>
      {findings.length > 0 ? (
        <>
          <h4 style={{ fontSize: '0.9rem', margin: '0 0 4px' }}>{`${pick(texts.findings, language)} (${findings.length})`}</h4>
          <ul style={{ margin: '0 0 8px', paddingLeft: 18 }}>
            {findings.map((finding, index) => (
              <li key={index} style={{ marginBottom: 4 }}>
                {pick(finding.message, language) || finding.label || ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p style={{ color: 'var(--theme-elevation-500)', fontSize: '0.85em', margin: 0 }}>{pick(texts.note, language)}</p>
    </section>
  )
}
