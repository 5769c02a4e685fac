import type { FlattenedField } from 'payload'

import type { CheckContext } from './types'

import { relationTarget } from './shapes'
import { walkData } from './walk'

export type RelationRef = { collection: string; id: number | string; path: string; label: unknown }

/** Every document `data` points to through relationship and upload fields (values of the wrong shape are left out). */
export const relationsOf = (fields: readonly FlattenedField[], data: Record<string, unknown>, idTypeOf: CheckContext['idTypeOf']): RelationRef[] => {
  const refs: RelationRef[] = []
  for (const { field, path, value } of walkData(fields, data)) {
    if (field.type !== 'relationship' && field.type !== 'upload') continue
    if (value === null || value === undefined) continue
    const items = field.hasMany && Array.isArray(value) ? value : [value]
    for (const item of items) {
      if (item === null || item === undefined) continue
      const target = relationTarget(field, item, idTypeOf)
      if ('collection' in target) refs.push({ ...target, label: field.label ?? field.name, path })
    }
  }
  return refs
}

/**
 * The references that are new: not already held by the document before this save. Only those
 * need a lookup (an unchanged relation was checked when it was written).
 */
export const newRelations = (refs: readonly RelationRef[], before: readonly RelationRef[]): RelationRef[] => {
  const known = new Set(before.map((ref) => `${ref.collection}\u0000${String(ref.id)}`))
  return refs.filter((ref) => !known.has(`${ref.collection}\u0000${String(ref.id)}`))
}

/** The new references grouped by collection, ids deduplicated: one lookup per collection. */
export const groupByCollection = (refs: readonly RelationRef[]): Map<string, (number | string)[]> => {
  const groups = new Map<string, Set<string>>()
  const ids = new Map<string, (number | string)[]>()
  for (const ref of refs) {
    const seen = groups.get(ref.collection) ?? new Set<string>()
    if (!groups.has(ref.collection)) groups.set(ref.collection, seen)
    if (seen.has(String(ref.id))) continue
    seen.add(String(ref.id))
    ids.set(ref.collection, [...(ids.get(ref.collection) ?? []), ref.id])
  }
  return ids
}
