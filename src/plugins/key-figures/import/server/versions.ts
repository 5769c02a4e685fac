import type { PayloadRequest } from 'payload'

import type { RecordId } from '../../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../../types.ts'

import { normalizeRecordId } from '../../engine/index.ts'
import { importsSlugOf } from './slugs.ts'

/** dataset id -> its current version (the number of its latest applied import; 0 before any). */
export type DatasetVersions = Record<string, number>

/**
 * The current version of each given dataset, in one query. Imports are rare (a handful per
 * dataset per year), so reading all of their (dataset, version) pairs stays small.
 */
export const currentDatasetVersions = async (
  /** null: every dataset that has been imported into. */
  datasetIds: readonly RecordId[] | null,
  req: PayloadRequest,
  options: SanitizedKeyFiguresOptions,
): Promise<DatasetVersions> => {
  const versions: DatasetVersions = Object.fromEntries((datasetIds ?? []).map((id) => [String(id), 0]))
  if (datasetIds && datasetIds.length === 0) return versions
  // Through the adapter: two numbers per import, read by the plugin itself on every publish, need
  // no access checks or read hooks (about half the time of `payload.find`).
  const { docs } = await req.payload.db.find({
    collection: importsSlugOf(options),
    limit: 0,
    pagination: false,
    req,
    select: { dataset: true, version: true },
    ...(datasetIds ? { where: { dataset: { in: datasetIds } } } : {}),
  })
  for (const doc of docs as unknown as { dataset: unknown; version: number }[]) {
    const id = String(normalizeRecordId(doc.dataset as never))
    versions[id] = Math.max(versions[id] ?? 0, doc.version)
  }
  return versions
}

export const sameVersions = (a: DatasetVersions | null | undefined, b: DatasetVersions): boolean => {
  if (!a || typeof a !== 'object') return false
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) if ((a[key] ?? 0) !== (b[key] ?? 0)) return false
  return true
}
