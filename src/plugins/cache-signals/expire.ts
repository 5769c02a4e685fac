import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external'

/**
 * Expires cache tags in this process: Next's kept pages (the public pages kept for anonymous
 * visitors: src/config/cachedPages.ts), its `'use cache'` handlers (the site's data cache,
 * src/app/(site)/lib/api.ts) and whatever else registered a listener (the key-figures dataset
 * summaries). Next's own `revalidateTag` only works inside a request. It marks the tags in two
 * places, both reachable from the poller: the tags manifest its page cache consults (a module
 * Next keeps outside every bundle, `.external`, so there is one per process) and the handlers
 * kept on `globalThis` (next/dist/server/use-cache/handlers.js).
 */
type CacheHandler = { updateTags?: (tags: string[], durations?: { expire?: number }) => Promise<void> }

const HANDLERS = Symbol.for('@next/cache-handlers-set')
const LISTENERS = Symbol.for('jaarverslag:cache-signal-listeners')

type Listener = (tags: readonly string[]) => void
const listeners = (): Set<Listener> => {
  const holder = globalThis as unknown as Record<symbol, Set<Listener> | undefined>
  return (holder[LISTENERS] ??= new Set())
}

/** Calls `listener` with the tags of every signal this process applies; returns the unsubscribe. */
export const onCacheSignal = (listener: Listener): (() => void) => {
  listeners().add(listener)
  return () => listeners().delete(listener)
}

/**
 * A render that began before an expiry and ends after it would be kept with what it read before,
 * under a newer timestamp. So every expiry is made twice: now, and once more this long after,
 * when such a render has ended (a chapter page renders in about 0.1 s); a page kept in between is
 * rendered once more from the fresh data.
 */
export const RENDER_GRACE_MS = 2_000

/** The data first, then the pages (a page rendered in between reads the fresh data). */
const expireCaches = async (tags: string[]) => {
  const handlers = (globalThis as unknown as Record<symbol, Set<CacheHandler> | undefined>)[HANDLERS]
  // `expire: 0`: gone now, not served stale while a new entry is made.
  if (handlers) await Promise.all([...handlers].map((handler) => handler.updateTags?.(tags, { expire: 0 })))
  // `expired` now: a kept page with one of these tags is rendered again on its next visit (the
  // visitor waits for it), not served stale while a new one is made.
  const now = Date.now()
  for (const tag of tags) tagsManifest.set(tag, { ...tagsManifest.get(tag), expired: now })
}

export const expireTags = async (tags: readonly string[]): Promise<void> => {
  if (tags.length === 0) return
  await expireCaches([...tags])
  setTimeout(() => void expireCaches([...tags]), RENDER_GRACE_MS).unref?.()
  for (const listener of listeners()) listener(tags)
}
