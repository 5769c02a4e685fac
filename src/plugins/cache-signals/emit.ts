import type { PayloadRequest } from 'payload'

import { CACHE_SIGNALS_SLUG } from './collection'

/**
 * Tells every server (its poller, ./poller.ts) to expire these cache tags. Written through the
 * adapter in the transaction of `req`: it exists once the change has committed, and never if
 * the change rolls back.
 */
export const emitCacheSignal = async (req: PayloadRequest, tags: readonly string[]): Promise<void> => {
  const unique = [...new Set(tags)]
  if (unique.length === 0) return
  await req.payload.db.create({ collection: CACHE_SIGNALS_SLUG, data: { tags: unique }, req })
}
