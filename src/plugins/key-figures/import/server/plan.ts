import type { Finding, RecordId } from '../../engine/index.ts'
import type { ImportDiff } from '../diff.ts'
import type { ImportProblem } from '../problems.ts'

/** What an import would do (a dry run), and what an applied import did: the answer of the import endpoint and CLI. */
export type StaleDocument = {
  collection: string
  id: RecordId
  title: string
  figures: { label: string; path: string; shown: string; expected: string | null; message: Finding['message'] }[]
}

export type ImportPlan = {
  dataset: { id: RecordId; slug: string; title: string; version: number }
  file: { name: string; sha256: string; format: 'csv' | 'xlsx' | null; delimiter: string | null; rows: number }
  columns: Record<string, string>
  /** Empty when the file can be applied. */
  problems: ImportProblem[]
  diff: ImportDiff
  /** Published documents whose figures would no longer match after the import. */
  stale: StaleDocument[]
  /** Footing rules of the dataset that would fail after the import (publishing would be refused). */
  footing: Finding[]
}
