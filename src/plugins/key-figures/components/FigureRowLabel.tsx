'use client'

import { useFormFields, useRowLabel, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { figureInputOf } from './figureInput.ts'
import { pick, toLanguage } from './texts.ts'
import { useFigureVerdicts } from './useFigureVerdict.ts'

type FigureRow = { label?: null | string; operands?: unknown; operation?: unknown; record?: unknown; rounding?: unknown; shown?: null | string; unit?: unknown }

const texts = {
  expected: { en: 'expected', nl: 'verwacht' },
  figure: { en: 'Key figure', nl: 'Kerncijfer' },
  matches: { en: 'matches the data', nl: 'klopt met de data' },
  unbound: { en: 'not linked to data', nl: 'niet aan data gekoppeld' },
  wrong: { en: 'does not match the data', nl: 'klopt niet met de data' },
}

/**
 * Row label of a `keyFigures` row, also when the row is collapsed: a verdict mark, the label, the
 * figure as printed and, when it is wrong, the data's value ("✗ Totaal deelnemers — 1.541 · verwacht 1.540").
 */
export const FigureRowLabel = () => {
  const { data, path, rowNumber } = useRowLabel<FigureRow | undefined>()
  const { i18n } = useTranslation()
  const language = toLanguage(i18n.language)
  // The row's own fields in the form (the row label's `data` can lag behind a "Neem datawaarde over").
  const shownInForm = useFormFields(([fields]) => (path ? fields?.[`${path}.shown`]?.value : undefined))
  const row = { ...data, shown: typeof shownInForm === 'string' ? shownInForm : data?.shown }
  const input = path ? figureInputOf(row, path) : null
  const {
    verdicts: [verdict],
  } = useFigureVerdicts([input])

  const label = typeof row.label === 'string' ? row.label.trim() : ''
  const shown = typeof row.shown === 'string' ? row.shown.trim() : ''
  // Payload hands the row's index (0-based) to the row label context.
  const number = typeof rowNumber === 'number' ? String(rowNumber + 1).padStart(2, '0') : ''
  const title = label || `${pick(texts.figure, language)} ${number}`.trim()

  const result = verdict?.kind === 'result' ? verdict.result : null
  const state = !input ? 'unbound' : result ? (result.ok ? 'ok' : 'wrong') : 'checking'
  const mark = state === 'ok' ? '✓' : state === 'wrong' ? '✗' : state === 'unbound' ? '○' : '…'
  const colour = state === 'ok' ? 'var(--theme-success-750)' : state === 'wrong' ? 'var(--theme-error-750)' : 'var(--theme-elevation-500)'
  const markTitle = state === 'ok' ? texts.matches : state === 'wrong' ? texts.wrong : state === 'unbound' ? texts.unbound : null

  return (
    <span className="key-figure-row-label" data-verdict={state} style={{ alignItems: 'baseline', display: 'inline-flex', flexWrap: 'wrap', gap: '0 6px' }}>
      <span aria-label={markTitle ? pick(markTitle, language) : undefined} role="img" style={{ color: colour, fontWeight: 700 }} title={markTitle ? pick(markTitle, language) : undefined}>
        {mark}
      </span>
      <span>{title}</span>
      {shown ? (
        <span style={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
          {'— '}
          {shown}
        </span>
      ) : null}
      {state === 'wrong' && result?.expected ? (
        <span className="key-figure-row-label__expected" style={{ color: 'var(--theme-error-750)' }}>
          {`· ${pick(texts.expected, language)} `}
          <strong style={{ fontVariantNumeric: 'tabular-nums' }}>{result.expected}</strong>
        </span>
      ) : null}
    </span>
  )
}
