/**
 * Dataset import and export, the pure part: reading CSV and XLSX into checked rows, the diff
 * against a dataset, and the export files. Nothing here imports Payload.
 */
export { binaryReason, readCsv } from './csv.js'
export { diffRecords, type ExistingRecord, type ImportDiff, type RecordChange } from './diff.js'
export { csvCell, EXPORT_HEADER, neutraliseFormula, recordsToCsv, recordsToXlsx, type ExportRecord } from './export.js'
export { IMPORT_LIMITS, type ImportLimits } from './limits.js'
export { ImportFileError, problem, type ImportProblem, type ImportProblemCode, type ImportText } from './problems.js'
export { readImportFile, type ReadResult } from './read.js'
export { mapRows, readUnit, readValue, type ColumnField, type ColumnMapping, type ImportRow, type MappedTable } from './rows.js'
export { columnLetter, type Table } from './table.js'
export { readXlsx } from './xlsx.js'
