import type { FigureInput } from '../engine/index.ts'

import { awaitingOf, findInlineFigures, inlineFigureToInput } from '../engine/index.ts'
import { valueAt } from '../fields/richTextFields.ts'

type Row = Record<string, unknown>

/**
 * Every figure of a document, in a fixed order: the `keyFigures` rows first, then the inline
 * figures of each rich-text field. Paths are the ones the admin form knows
 * (`keyFigures.3.shown`; the rich-text field's path plus `#n` for inline figures).
 */
export const collectFigures = (doc: Row, richTextPaths: readonly string[]): FigureInput[] => {
  const figures: FigureInput[] = []
  const rows = Array.isArray(doc.keyFigures) ? (doc.keyFigures as Row[]) : []
  rows.forEach((row, index) => {
    figures.push({
      awaiting: awaitingOf(row.awaitingData),
      id: typeof row.id === 'string' ? row.id : undefined,
      label: typeof row.label === 'string' && row.label ? row.label : `#${index + 1}`,
      operands: (row.operands as FigureInput['operands']) ?? null,
      operation: row.operation === 'record' || !row.operation ? null : (row.operation as FigureInput['operation']),
      path: `keyFigures.${index}.shown`,
      record: (row.record as FigureInput['record']) ?? null,
      rounding: (row.rounding as FigureInput['rounding']) ?? null,
      shown: typeof row.shown === 'string' ? row.shown : '',
      unit: row.unit as FigureInput['unit'],
    })
  })
  for (const path of richTextPaths) {
    for (const inline of findInlineFigures(valueAt(doc, path), path)) figures.push(inlineFigureToInput(inline))
  }
  return figures
}

/** The field an error should mark in the admin form: `body#2` marks `body`. */
export const formPathOf = (findingPath: string): string => findingPath.split('#')[0]

/** An inline figure of a rich-text field (path `body#2`), as opposed to a `keyFigures` row. */
export const isInlineFigure = (figure: Pick<FigureInput, 'path'>): boolean => figure.path.includes('#')
