/** The units of a figure or record as an editor reads them (plain data, for fields and admin components alike). */
import { FIGURE_UNITS, type FigureUnit, formatFigure } from './engine/index.ts'

export const unitLabels: Record<FigureUnit, { en: string; nl: string }> = {
  count: { en: 'Count', nl: 'Aantal' },
  decimal: { en: 'Decimal number', nl: 'Decimaal getal' },
  duration: { en: 'Duration (720u45)', nl: 'Duur (720u45)' },
  euro: { en: 'Euro', nl: 'Euro' },
  percent: { en: 'Percentage', nl: 'Percentage' },
  score: { en: 'Score (+39)', nl: 'Score (+39)' },
}

export const isUnit = (value: unknown): value is FigureUnit => (FIGURE_UNITS as readonly unknown[]).includes(value)

/** A stored record value (`1552000.00`) printed as the report prints it (`1.552.000,00 €`); anything unreadable as it is. */
export const printedRecordValue = (value: unknown, unit: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value)
  if (!text) return ''
  return isUnit(unit) ? formatFigure(text, unit) : text
}
