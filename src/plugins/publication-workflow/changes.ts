/** Fields that are bookkeeping, never content: changing them never counts as an edit. */
export const BOOKKEEPING_FIELDS = new Set([
  '_status',
  'createdAt',
  'figureCheck',
  'id',
  'owner',
  'referencedRecords',
  'reviewNotes',
  'scheduledPublishFailure',
  'sortKey',
  'updatedAt',
  'workflowReason',
  'workflowStage',
])

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * A comparable form of a field value: relationships as their id, empty values as null, object
 * keys sorted, and the figures' read-only `resolved` dropped. Two values that mean the same thing
 * (a populated relation and its id, `[]` and `null`) give the same string.
 */
export const canonical = (value: unknown): unknown => {
  if (isEmpty(value)) return null
  if (Array.isArray(value)) return value.map(canonical)
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>
    if ('relationTo' in object && 'value' in object) return { relationTo: object.relationTo, value: canonical(object.value) }
    if ('id' in object && ('createdAt' in object || 'updatedAt' in object)) return String(object.id)
    const result: Record<string, unknown> = {}
    for (const key of Object.keys(object).sort()) {
      if (key === 'resolved') continue
      const next = canonical(object[key])
      if (next !== null) result[key] = next
    }
    return Object.keys(result).length ? result : null
  }
  if (typeof value === 'number') return String(value)
  return value
}

const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))

/** The top-level fields whose value `data` changes compared with `original` (bookkeeping left out). */
export const changedFields = (data: Record<string, unknown>, original: Record<string, unknown> | undefined): string[] =>
  Object.keys(data).filter((key) => {
    if (BOOKKEEPING_FIELDS.has(key) || data[key] === undefined) return false
    if (!original) return !isEmpty(data[key])
    return !same(data[key], original[key])
  })

/** What an applied dataset import did, as one audit summary (Dutch first, like the other entries, then English). */
export const importAuditSummary = ({
  fileName,
  summary,
  version,
}: {
  fileName: string
  summary: { added?: number | null; changed?: number | null; removed?: number | null; unchanged?: number | null }
  version: number
}): string => {
  const count = (value: number | null | undefined) => value ?? 0
  const { added, changed, removed, unchanged } = { added: count(summary.added), changed: count(summary.changed), removed: count(summary.removed), unchanged: count(summary.unchanged) }
  return (
    `Import versie ${version} uit ${fileName}: ${added} records toegevoegd, ${changed} gewijzigd, ${removed} verwijderd, ${unchanged} ongewijzigd. / ` +
    `Import version ${version} from ${fileName}: ${added} records added, ${changed} changed, ${removed} removed, ${unchanged} unchanged.`
  )
}

/**
 * What a deletion removed, as its audit summary: "Verwijderd." for a document alone; a dataset
 * deleted with its records and import history says how many of each went with it.
 */
export const deletionAuditSummary = (removed?: { imports: number; records: number }): string => {
  if (!removed || (removed.records === 0 && removed.imports === 0)) return 'Verwijderd.'
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`
  const records = plural(removed.records, 'record', 'records')
  const imports = { en: plural(removed.imports, 'import (version)', 'imports (versions)'), nl: plural(removed.imports, 'import (versie)', 'imports (versies)') }
  return `Verwijderd, met ${records} en ${imports.nl}. / Deleted with ${records} and ${imports.en}.`
}
