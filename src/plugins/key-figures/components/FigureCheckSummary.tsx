'use client'

import type { GroupFieldClientProps } from 'payload'

import { useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { figureRowsOf } from './figureInput.ts'
import { useFigureVerdicts } from './useFigureVerdict.ts'
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
  checking: { en: 'Checking…', nl: 'Controleren…' },
  live: { en: 'Follows the form as you edit; on the last save:', nl: 'Volgt het formulier terwijl u bewerkt; bij de laatste bewaring:' },
}

/** The figures array of the document (the plugin's `keyFigures` field). */
const FIGURES = 'keyFigures'

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

  const rows = useFormFields(([fields]) => figureRowsOf(fields ?? {}, FIGURES))
  const { pending, verdicts } = useFigureVerdicts(rows.map((row) => row.input))

  const storedStatus = isFigureCheckStatus(rawStatus) ? rawStatus : 'unchecked'
  const stored = readFindings(rawFindings)
  // Live: the figure cards as they are in the form; the stored check still speaks for inline figures in rich text.
  const inlineFindings = stored.filter((finding) => !String((finding as { path?: string }).path ?? '').startsWith(`${FIGURES}.`))
  const liveFindings = verdicts.flatMap((verdict, index): ReturnType<typeof readFindings> => {
    if (verdict.kind === 'result' && !verdict.result.ok && verdict.result.finding) return [verdict.result.finding]
    if (verdict.kind === 'error') return [{ label: rows[index]?.input?.label ?? '', message: verdict.message }]
    return []
  })
  const checking = pending || verdicts.some((verdict, index) => verdict.kind === 'idle' && rows[index]?.input)
  const live = rows.some((row) => row.input)
  const status = !live
    ? storedStatus
    : liveFindings.length > 0 || inlineFindings.length > 0
      ? storedStatus === 'stale' && liveFindings.length === 0 ? 'stale' : 'mismatch'
      : 'ok'
  const colours = statusColours[status]
  const findings = live ? [...liveFindings, ...inlineFindings] : stored
  const when = formatDateTime(checkedAt, language)
  const count = typeof figures === 'number' ? figures : Number(figures)

  return (
    <section
      aria-labelledby={`${path}-heading`}
      aria-busy={checking}
      className="key-figure-check-summary"
      data-status={status}
      data-stored-status={storedStatus}
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
        {checking ? <span style={{ color: 'var(--theme-elevation-500)', marginLeft: 8 }}>{pick(texts.checking, language)}</span> : null}
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
              <li key={index} style={{ marginBottom: 4, overflowWrap: 'anywhere' }}>
                {pick(finding.message, language) || finding.label || ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {live ? (
        <p className="key-figure-check-summary__stored" style={{ color: 'var(--theme-elevation-500)', fontSize: '0.85em', margin: 0 }}>
          {`${pick(texts.live, language)} ${pick(statusTexts[storedStatus], language)}`}
        </p>
      ) : null}
    </section>
  )
}
