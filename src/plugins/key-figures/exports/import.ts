/** Dataset files: reading CSV and XLSX into checked rows, the diff against a dataset, the export files. No Payload. */
export * from '../import/index.ts'
