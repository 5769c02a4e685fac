import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external'

/**
 * Expires cache tags in this process: Next's kept pages (the report, chapter and article pages:
 * src/config/cachedPages.ts), its `'use cache'` handlers (the site's data cache,
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

export const expireTags = async (tags: readonly string[]): Promise<void> => {
  if (tags.length === 0) return
  // `expired` now: a kept page with one of these tags is rendered again on its next visit (the
  // visitor waits for it), not served stale while a new one is made.
  const now = Date.now()
  for (const tag of tags) tagsManifest.set(tag, { ...tagsManifest.get(tag), expired: now })
  const handlers = (globalThis as unknown as Record<symbol, Set<CacheHandler> | undefined>)[HANDLERS]
  // `expire: 0`: gone now, not served stale while a new entry is made.
  if (handlers) await Promise.all([...handlers].map((handler) => handler.updateTags?.([...tags], { expire: 0 })))
  for (const listener of listeners()) listener(tags)
}
