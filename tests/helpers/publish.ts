import type { CollectionSlug, Payload } from 'payload'

/**
 * The one way tests publish a document of a content collection (chapters, featured articles,
 * reports, podcast episodes, publications). Tests that need a published document call this
 * instead of writing `_status: 'published'` themselves, so that the rules a document must pass
 * before publishing live in one place.
 *
 * `data` creates a new document; `id` publishes an existing one (with optional changes).
 */
export const publishDocument = async <T = Record<string, unknown>>(
  payload: Payload,
  collection: CollectionSlug,
  { data = {}, id }: { data?: Record<string, unknown>; id?: number | string },
): Promise<T> => {
  if (id === undefined) {
    return (await payload.create({ collection, data: { ...data, _status: 'published' } as never })) as T
  }
  return (await payload.update({ collection, data: { ...data, _status: 'published' } as never, id })) as T
}
