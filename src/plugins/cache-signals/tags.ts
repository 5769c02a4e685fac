/**
 * Cache tags of the public site, shared by the pages' data cache (src/app/(site)/lib/api.ts: which
 * tags a cached answer carries) and the hooks that expire them (which tags a change touches).
 * Pure: no Payload, no Next.
 *
 * - `doc:<collection>:<id>`: one document, wherever an answer shows it (the page's own document, or
 *   one it shows through a relationship field);
 * - `list:<collection>`: answers that list a collection, or looked for a document and found none
 *   (a new or unpublished document changes them);
 * - `dataset:<slug>`: answers whose key figures draw on that dataset (its records, name, period).
 */
export const docTag = (collection: string, id: number | string) => `doc:${collection}:${String(id)}`
export const listTag = (collection: string) => `list:${collection}`
export const datasetTag = (slug: string) => `dataset:${slug}`
/** Not on any page: tells each server's key-figures plugin to drop its remembered summary of the dataset. */
export const datasetIdTag = (id: number | string) => `dataset-id:${String(id)}`


/** Next refuses more tags than this on one cache entry (NEXT_CACHE_TAG_MAX_ITEMS). */
export const MAX_TAGS = 128

type Json = unknown
type Doc = { id?: unknown }

/**
 * Relationship (and join) fields the site reads one level deep, and the collection each points to,
 * wherever they sit (top level, groups, array rows): src/collections.
 */
export const RELATED_COLLECTIONS: Readonly<Record<string, string>> = {
  author: 'people',
  chapter: 'chapters',
  cover: 'media',
  coverImage: 'media',
  episodes: 'podcast-episodes',
  featuredArticles: 'featured-articles',
  file: 'files',
  forewordSignatory: 'people',
  logo: 'media',
  person: 'people',
  photo: 'media',
  photos: 'media',
  practices: 'practices',
  report: 'reports',
  series: 'podcast-series',
}

const isDoc = (value: unknown): value is Doc & Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value) && (typeof (value as Doc).id === 'number' || typeof (value as Doc).id === 'string')

/** The dataset slugs of the resolved figures anywhere in `value` (`resolved.source.dataset`). */
const collectDatasets = (value: Json, into: Set<string>, depth = 0) => {
  if (depth > 60 || !value || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const item of value) collectDatasets(item, into, depth + 1)
    return
  }
  const record = value as Record<string, unknown>
  const source = (record.resolved as { source?: { dataset?: unknown } } | undefined)?.source
  if (source && typeof source === 'object') {
    const datasets = Array.isArray(source.dataset) ? source.dataset : [source.dataset]
    for (const dataset of datasets) {
      const slug = (dataset as { slug?: unknown } | null)?.slug
      if (typeof slug === 'string') into.add(datasetTag(slug))
    }
  }
  for (const child of Object.values(record)) collectDatasets(child, into, depth + 1)
}

/** The documents an answer shows through its relationship fields (`depth: 1` puts them in whole). */
const collectRelated = (value: Json, into: Set<string>, depth = 0) => {
  if (depth > 12 || !value || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const item of value) collectRelated(item, into, depth + 1)
    return
  }
  for (const [field, child] of Object.entries(value as Record<string, unknown>)) {
    const collection = RELATED_COLLECTIONS[field]
    if (!collection) {
      if (field !== 'resolved') collectRelated(child, into, depth + 1)
      continue
    }
    // A join field answers `{ docs }`; a hasMany relationship an array; else one document (or an id).
    const joined = (child as { docs?: unknown } | null)?.docs
    const items = Array.isArray(joined) ? joined : Array.isArray(child) ? child : [child]
    for (const item of items) if (isDoc(item)) into.add(docTag(collection, item.id as number | string))
  }
}

/**
 * The tags of one content-API answer for `collection`: a single document (`GET /<collection>/<id>`)
 * or a list (`{ docs }`). A list of more than one document, or one that found nothing, also carries
 * the collection's list tag. Never more than `MAX_TAGS`: past that the answer keeps the list tag
 * instead of the document tags (it is then expired by any change in the collection).
 */
export const tagsOfAnswer = (collection: string, answer: Json, { list }: { list: boolean }): string[] => {
  const docs: Record<string, unknown>[] = list ? (((answer as { docs?: unknown[] } | null)?.docs ?? []).filter(isDoc) as Record<string, unknown>[]) : isDoc(answer) ? [answer] : []
  const tags = new Set<string>()
  if (list && docs.length !== 1) tags.add(listTag(collection))
  for (const doc of docs) {
    tags.add(docTag(collection, doc.id as number | string))
    collectRelated(doc, tags)
  }
  collectDatasets(answer, tags)
  if (tags.size <= MAX_TAGS) return [...tags]
  const kept = [listTag(collection), ...[...tags].filter((tag) => tag.startsWith('dataset:'))]
  for (const tag of tags) if (tag.startsWith('doc:') && !tag.startsWith(`doc:${collection}:`)) kept.push(listTag(tag.split(':')[1]))
  return [...new Set(kept)].slice(0, MAX_TAGS)
}

type Versioned = { _status?: null | string; id?: unknown; slug?: unknown } | null | undefined

/**
 * What a save of a content document changes on the site: nothing while it stays a draft (the site
 * shows published versions only); else the document itself and the lists of its collection (a
 * publish, an unpublish, an edit of the published version: titles and order show in lists).
 */
export const tagsOfDocumentChange = (collection: string, doc: Versioned, previousDoc: Versioned, { drafts }: { drafts: boolean }): string[] => {
  const id = doc?.id ?? previousDoc?.id
  if (id === undefined || id === null) return []
  const published = (value: Versioned) => Boolean(value) && (!drafts || value?._status === 'published')
  if (!published(doc) && !published(previousDoc)) return []
  return [docTag(collection, id as number | string), listTag(collection)]
}

/** A dataset's name, slug or period changed (or it was published, unpublished, removed): both slugs. */
export const tagsOfDatasetChange = (doc: { id?: unknown; slug?: unknown } | null | undefined, previousDoc: { id?: unknown; slug?: unknown } | null | undefined): string[] => {
  const id = doc?.id ?? previousDoc?.id
  const slugs = [doc?.slug, previousDoc?.slug].filter((slug): slug is string => typeof slug === 'string' && slug !== '').map(datasetTag)
  return [...new Set([...slugs, ...(typeof id === 'number' || typeof id === 'string' ? [datasetIdTag(id)] : [])])]
}
