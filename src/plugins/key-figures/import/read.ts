import type { ImportLimits } from './limits.ts'
import type { ColumnMapping, MappedTable } from './rows.ts'
import type { Table } from './table.ts'

import { readCsv } from './csv.ts'
import { IMPORT_LIMITS } from './limits.ts'
import { ImportFileError, type ImportProblem, problem } from './problems.ts'
import { mapRows } from './rows.ts'
import { readXlsx } from './xlsx.ts'

export type ReadResult = MappedTable & { table: Pick<Table, 'delimiter' | 'format' | 'header'> | null }

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/**
 * Reads an uploaded file into checked rows: `.xlsx` as a workbook, anything else as CSV text.
 * Never throws for bad input: what is wrong comes back as problems.
 */
export const readImportFile = async (
  fileName: string,
  bytes: Uint8Array,
  mapping: ColumnMapping = {},
  limits: ImportLimits = IMPORT_LIMITS,
): Promise<ReadResult> => {
  const extension = fileName.toLowerCase().split('.').pop() ?? ''
  let table: Table
  try {
    if (extension === 'xlsx') table = await readXlsx(bytes, limits)
    else if (extension === 'csv' || extension === 'txt' || extension === 'tsv') table = readCsv(bytes, limits)
    else if (isZip(bytes)) table = await readXlsx(bytes, limits)
    else table = readCsv(bytes, limits)
  } catch (error) {
    if (error instanceof ImportFileError) return { columns: {}, problems: error.problems, rows: [], table: null }
    return {
      columns: {},
      problems: [
        problem('unreadable-file', null, null, {
          en: `the file could not be read (${(error as Error).message}).`,
          nl: `het bestand kon niet gelezen worden (${(error as Error).message}).`,
        }),
      ] as ImportProblem[],
      rows: [],
      table: null,
    }
  }
  const mapped = mapRows(table, mapping, limits)
  return { ...mapped, table: { delimiter: table.delimiter, format: table.format, header: table.header } }
}
