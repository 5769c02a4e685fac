'use client'

import { useRowLabel, useTranslation } from '@payloadcms/ui'

import { toLanguage } from './texts.ts'

type FigureRow = { label?: null | string; shown?: null | string }

/** Row label of a `keyFigures` row: "Totaal deelnemers — 1.540". */
export const FigureRowLabel = () => {
  const { data, rowNumber } = useRowLabel<FigureRow | undefined>()
  const { i18n } = useTranslation()
  const label = typeof data?.label === 'string' ? data.label.trim() : ''
  const shown = typeof data?.shown === 'string' ? data.shown.trim() : ''
  if (!label && !shown) {
    const name = toLanguage(i18n.language) === 'en' ? 'Key figure' : 'Kerncijfer'
    // Payload hands the row's index (0-based) to the row label context.
    const number = typeof rowNumber === 'number' ? String(rowNumber + 1).padStart(2, '0') : ''
    return <span>{`${name} ${number}`.trim()}</span>
  }
  return <span>{label && shown ? `${label} — ${shown}` : label || shown}</span>
}
