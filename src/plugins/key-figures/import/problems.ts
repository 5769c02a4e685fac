/**
 * What can be wrong with an import file, in Dutch and English. Every problem names the row (as
 * the spreadsheet numbers it: the header is row 1) and the column, so an editor can go straight
 * to the cell.
 */
export type ImportText = { en: string; nl: string }

export type ImportProblemCode =
  | 'ambiguous-value'
  | 'binary-file'
  | 'duplicate-key'
  | 'empty-file'
  | 'file-too-large'
  | 'formula'
  | 'invalid-key'
  | 'label-too-long'
  | 'markup-in-label'
  | 'merged-cells'
  | 'missing-column'
  | 'missing-value'
  | 'no-rows'
  | 'non-numeric-value'
  | 'too-many-rows'
  | 'unknown-unit'
  | 'unreadable-file'
  | 'unterminated-quote'

export type ImportProblem = {
  code: ImportProblemCode
  /** 1-based row as the file numbers it (header = 1); null when the whole file is meant. */
  row: number | null
  /** The column's header (and letter in a spreadsheet), null when no single column is meant. */
  column: string | null
  message: ImportText
}

/** "rij 7, kolom value: ..." — the location first, so a list of problems reads like a checklist. */
export const problem = (code: ImportProblemCode, row: number | null, column: string | null, what: ImportText): ImportProblem => {
  const whereNl = [row !== null ? `rij ${row}` : null, column !== null ? `kolom ${column}` : null].filter(Boolean).join(', ')
  const whereEn = [row !== null ? `row ${row}` : null, column !== null ? `column ${column}` : null].filter(Boolean).join(', ')
  return {
    code,
    column,
    message: {
      en: whereEn ? `${capitalise(whereEn)}: ${what.en}` : capitalise(what.en),
      nl: whereNl ? `${capitalise(whereNl)}: ${what.nl}` : capitalise(what.nl),
    },
    row,
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Raised by the readers when a file cannot be read at all; carries its problems. */
export class ImportFileError extends Error {
  problems: ImportProblem[]

  constructor(problems: ImportProblem[]) {
    super(problems.map((item) => item.message.en).join('\n'))
    this.problems = problems
  }
}

export { quote } from '../engine/index.ts'
