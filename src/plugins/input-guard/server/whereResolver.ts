import type { FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { buildVersionCollectionFields, getLocalizedPaths } from 'payload'

import type { IdType } from '../types'
import type { WhereResolver, WhereTarget } from '../where'

import { labelOf } from '../describe'
import { idTypeReader } from './context'

const ANY: WhereTarget = { label: { en: 'where', nl: 'where' }, type: 'any' }

const versionFieldsByCollection = new WeakMap<SanitizedCollectionConfig, FlattenedField[]>()

/** The fields of the collection's versions (`version.title`, `parent`, `latest`): what a versions read queries. */
const versionFieldsOf = (req: PayloadRequest, collection: SanitizedCollectionConfig): FlattenedField[] => {
  let fields = versionFieldsByCollection.get(collection)
  if (!fields) {
    fields = collection.versions ? buildVersionCollectionFields(req.payload.config, collection, true) : []
    versionFieldsByCollection.set(collection, fields)
  }
  return fields
}

/**
 * Resolves `where` paths of a collection the way Payload's own query validation does
 * (`getLocalizedPaths`, with `__` read as `.` for GraphQL, hidden fields unknown unless shown),
 * into what `findWhereProblems` needs: the field's type, options and the id types it points to.
 * A path is looked up in the collection's fields, then in its versions' fields, so a read of
 * versions (`parent`, `version.title`) is checked like any other. What Payload resolves in its
 * own way (joins, paths inside JSON, the `relationTo` of a polymorphic relationship) is left to
 * Payload.
 */
export const whereResolver = (req: PayloadRequest, collection: SanitizedCollectionConfig, showHiddenFields = false): WhereResolver => {
  const idTypeOf = idTypeReader(req)
  const idTypesOf = (relationTo: string | string[]): Record<string, IdType> =>
    Object.fromEntries((Array.isArray(relationTo) ? relationTo : [relationTo]).map((slug) => [slug, idTypeOf(slug)]))

  const targetOf = (field: FlattenedField, path: string, collectionSlug: string | undefined, incoming: string): WhereTarget => {
    const label = labelOf(field)
    if (path === 'id' && collectionSlug) return { idTypes: idTypesOf(collectionSlug), label: { en: 'ID', nl: 'ID' }, type: 'id' }
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        if (Array.isArray(field.relationTo) && !incoming.endsWith(field.name) && !incoming.endsWith('.value')) return ANY
        const related = typeof field.relationTo === 'string' ? req.payload.collections[field.relationTo]?.config : undefined
        return {
          hasMany: Boolean(field.hasMany),
          idTypes: idTypesOf(field.relationTo),
          label,
          nested: field.hasMany && related ? (nestedPath) => whereResolver(req, related, showHiddenFields)(nestedPath) : undefined,
          type: field.type,
        }
      }
      case 'select':
      case 'radio':
        return { hasMany: 'hasMany' in field && Boolean(field.hasMany), label, options: field.options.map((option) => (typeof option === 'string' ? option : option.value)), type: field.type }
      case 'json':
      case 'richText':
        // A path inside the value (`findings.kind`) is Payload's JSON query: left to it.
        return path.endsWith(field.name) ? { label, type: field.type } : ANY
      case 'join':
        return ANY
      default:
        return { hasMany: 'hasMany' in field && Boolean(field.hasMany), label, type: field.type }
    }
  }

  const resolveIn = (fields: FlattenedField[], incoming: string): WhereTarget | undefined => {
    let paths: ReturnType<typeof getLocalizedPaths>
    try {
      paths = getLocalizedPaths({ collectionSlug: collection.slug, fields, incomingPath: incoming, locale: req.locale ?? undefined, overrideAccess: false, payload: req.payload, showHiddenFields })
    } catch {
      return ANY // a query Payload refuses itself ("Not supported")
    }
    if (!paths.length || paths.some((entry) => entry.invalid || !entry.field)) return undefined
    let last = paths[paths.length - 1]
    // relation.id is the relation itself (Payload's validateSearchParam does the same)
    const previous = paths[paths.length - 2]
    if (last.path === 'id' && previous && (previous.field.type === 'relationship' || previous.field.type === 'upload') && typeof previous.field.relationTo === 'string') last = previous
    return targetOf(last.field, last.path, last.collectionSlug, incoming)
  }

  return (path) => {
    const incoming = path === '_id' ? 'id' : path.replace(/__/g, '.')
    return resolveIn(collection.flattenedFields, incoming) ?? (collection.versions ? resolveIn(versionFieldsOf(req, collection), incoming) : undefined)
  }
}
