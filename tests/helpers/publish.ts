import type { CollectionSlug, Payload } from 'payload'

/**
 * The one way tests publish a document of a content collection (chapters, featured articles,
 * reports, podcast episodes, publications). Tests that need a published document call this
 * instead of writing `_status: 'published'` themselves, so that the rules a document must pass
 * before publishing live in one place.
 *
 * It walks the publication workflow as the server (Local API without a user): the document is
 * approved (`workflowStage: 'approved'`) and published in the same save, so a refused publish
 * (figures that disagree) leaves nothing behind. The figure check is never skipped.
 *
 * `data` creates a new document; `id` publishes an existing one (with optional changes).
 */
export const publishDocument = async <T = Record<string, unknown>>(
  payload: Payload,
  collection: CollectionSlug,
  { data = {}, id }: { data?: Record<string, unknown>; id?: number | string },
): Promise<T> => {
  const approveAndPublish = { ...data, _status: 'published', workflowStage: 'approved' }
  if (id === undefined) {
    return (await payload.create({ collection, data: approveAndPublish as never })) as T
  }
  return (await payload.update({ collection, data: approveAndPublish as never, id })) as T
}
