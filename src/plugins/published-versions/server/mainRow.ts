import type { CollectionSlug, JoinQuery, PayloadRequest } from 'payload'

/**
 * The document's main row as stored: what anonymous readers get. Payload hands hooks the newest
 * version instead (a pending draft when there is one), so it is read here through the adapter,
 * in the save's transaction. Only `_status` unless the whole row must be kept.
 */
export const readMainRow = async (req: PayloadRequest, collection: string, id: number | string, whole = false) =>
  (await req.payload.db.findOne({
    collection: collection as CollectionSlug,
    // No join fields (a dataset's records, a series' episodes): they are not part of the row.
    joins: false as JoinQuery,
    req,
    ...(whole ? {} : { select: { _status: true } }),
    where: { id: { equals: id } },
  })) as null | Record<string, unknown>
