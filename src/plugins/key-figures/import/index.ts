/**
 * Dataset import and export, the pure part: reading CSV and XLSX into checked rows, the diff
 * against a dataset, and the export files. Nothing here imports Payload.
 */
export { binaryReason, readCsv } from './csv.ts'
export { diffRecords, type ExistingRecord, type ImportDiff, type RecordChange } from './diff.ts'
export { csvCell, EXPORT_HEADER, neutraliseFormula, recordsToCsv, recordsToXlsx, type ExportRecord } from './export.ts'
export { IMPORT_LIMITS, type ImportLimits } from './limits.ts'
export { ImportFileError, problem, type ImportProblem, type ImportProblemCode, type ImportText } from './problems.ts'
export { readImportFile, type ReadResult } from './read.ts'
export { mapRows, readUnit, readValue, type ColumnField, type ColumnMapping, type ImportRow, type MappedTable } from './rows.ts'
export { columnLetter, type Table } from './table.ts'
export { readXlsx } from './xlsx.ts'
