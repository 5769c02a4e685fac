import type { FlattenedField } from 'payload'

import { isPlainObject, walkData } from './walk'

/** The ids of every array and block row in a document. */
export const rowIdsOf = (fields: readonly FlattenedField[], doc: unknown): Set<string> => {
  const ids = new Set<string>()
  if (!isPlainObject(doc)) return ids
  for (const { field, value } of walkData(fields, doc)) {
    if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value)) {
      for (const row of value) if (isPlainObject(row) && (typeof row.id === 'string' || typeof row.id === 'number')) ids.add(String(row.id))
    }
  }
  return ids
}

/**
 * Gives a fresh id to every array and block row in `data` whose id is not one of `keep` (the
 * rows the document already has). Row ids are primary keys of the array tables on SQL: a row id
 * copied from another document (a create with another chapter's `keyFigures`, or a duplicate
 * with such a body) would hit a unique constraint. Rows without an id are left for Payload to
 * number. Changes `data` in place; returns how many rows got a new id.
 */
export const freshenRowIds = (fields: readonly FlattenedField[], data: unknown, keep: ReadonlySet<string>, newId: () => string): number => {
  if (!isPlainObject(data)) return 0
  let changed = 0
  for (const { field, value } of walkData(fields, data)) {
    if ((field.type !== 'array' && field.type !== 'blocks') || !Array.isArray(value)) continue
    for (const row of value) {
      if (!isPlainObject(row) || row.id === undefined || row.id === null || row.id === '') continue
      if (keep.has(String(row.id))) continue
      row.id = newId()
      changed++
    }
  }
  return changed
}
