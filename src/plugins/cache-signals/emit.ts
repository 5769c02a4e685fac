import type { PayloadRequest } from 'payload'

import { CACHE_SIGNALS_SLUG } from './collection'
import { expireTags } from './expire'

/**
 * Tells every server (its poller, ./poller.ts) to expire these cache tags. Written through the
 * adapter in the transaction of `req`: it exists once the change has committed, and never if
 * the change rolls back. This server also expires them at once, so an editor who saves and then
 * opens the page here sees the change without waiting for a poll; a view made before the commit
 * may keep the old data a moment longer, until this server's own poller reads the row.
 */
export const emitCacheSignal = async (req: PayloadRequest, tags: readonly string[]): Promise<void> => {
  const unique = [...new Set(tags)]
  if (unique.length === 0) return
  await req.payload.db.create({ collection: CACHE_SIGNALS_SLUG, data: { tags: unique }, req })
  await expireTags(unique)
}
