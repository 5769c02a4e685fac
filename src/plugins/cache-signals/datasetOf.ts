import type { CollectionSlug, PayloadRequest } from 'payload'

import { datasetIdTag, datasetTag } from './tags'

const idOf = (value: unknown): null | number | string => {
  if (typeof value === 'number' || typeof value === 'string') return value
  const id = (value as { id?: unknown } | null)?.id
  return typeof id === 'number' || typeof id === 'string' ? id : null
}

/** The tags of the dataset a record or an import belongs to (its slug read in the same transaction). */
export const tagsOfDatasetRef = async (req: PayloadRequest, datasets: string, ref: unknown): Promise<string[]> => {
  const id = idOf(ref)
  if (id === null) return []
  const dataset = await req.payload.db.findOne<{ id: number | string; slug?: string }>({ collection: datasets as CollectionSlug, req, select: { slug: true }, where: { id: { equals: id } } })
  return [datasetIdTag(id), ...(dataset?.slug ? [datasetTag(dataset.slug)] : [])]
}
