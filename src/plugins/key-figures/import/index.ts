/**
 * Dataset import and export, the pure part: reading CSV and XLSX into checked rows, the diff
 * against a dataset, and the export files. Nothing here imports Payload.
 */
export { readCsv } from './csv'
export { diffRecords, type ExistingRecord, type ImportDiff, type RecordChange } from './diff'
export { csvCell, EXPORT_HEADER, neutraliseFormula, recordsToCsv, recordsToXlsx, type ExportRecord } from './export'
export { IMPORT_LIMITS, type ImportLimits } from './limits'
export { ImportFileError, problem, type ImportProblem, type ImportProblemCode, type ImportText } from './problems'
export { readImportFile, type ReadResult } from './read'
export { mapRows, readUnit, readValue, type ColumnField, type ColumnMapping, type ImportRow, type MappedTable } from './rows'
export { columnLetter, type Table } from './table'
export { readXlsx } from './xlsx'
