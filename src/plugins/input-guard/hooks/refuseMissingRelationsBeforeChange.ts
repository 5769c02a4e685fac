import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import type { InputProblem } from '../types'

import { labelOf } from '../describe'
import { groupByCollection, newRelations, relationsOf } from '../relations'
import { idTypeReader, inputError } from '../server/context'

/** The ids among `ids` that have no document in `collection`: one query, ids only. */
const missingIds = async (req: PayloadRequest, collection: string, ids: (number | string)[]): Promise<Set<string>> => {
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where: { id: { in: ids } },
  })
  const found = new Set(docs.map((doc) => String(doc.id)))
  return new Set(ids.map(String).filter((id) => !found.has(id)))
}

/**
 * Refuses a save that points a relationship or upload field at a document that does not exist
 * (HTTP 400 on that field), instead of the foreign-key error of the database (a 500 on SQL) or a
 * dangling reference (MongoDB). Only references the document did not hold before are looked up:
 * one query per related collection, none when nothing new is referenced. It runs after the other
 * beforeChange hooks, so a rule that explains a missing document better (the key-figures gate
 * names the figure whose record is gone) speaks first; the database write comes after it.
 */
export const refuseMissingRelationsBeforeChange: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (!data) return data
  const idTypeOf = idTypeReader(req)
  const before = operation === 'update' || originalDoc ? relationsOf(collection.flattenedFields, (originalDoc ?? {}) as Record<string, unknown>, idTypeOf) : []
  const fresh = newRelations(relationsOf(collection.flattenedFields, data, idTypeOf), before)
  if (!fresh.length) return data
  const problems: InputProblem[] = []
  for (const [target, ids] of groupByCollection(fresh)) {
    const missing = await missingIds(req, target, ids)
    for (const ref of fresh) {
      if (ref.collection !== target || !missing.has(String(ref.id))) continue
      problems.push({
        label: labelOf({ label: ref.label, name: ref.path }),
        message: { en: `there is no document ${String(ref.id)} in ${target}`, nl: `document ${String(ref.id)} bestaat niet in ${target}` },
        path: ref.path,
      })
    }
  }
  if (problems.length) throw inputError(collection.slug, problems, req)
  return data
}
