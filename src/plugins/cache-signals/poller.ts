import type { Payload } from 'payload'

import { CACHE_SIGNALS_SLUG } from './collection'
import { expireTags } from './expire'
import { unseenSignals } from './signalWindow'

/** How often each server looks for new signals: the bound on how long another server's change can go unseen. */
export const DEFAULT_POLL_MS = 250
/**
 * How far back each look reaches. A signal is written inside its change's transaction and becomes
 * visible only at the commit, possibly after later signals: looking back this far (and
 * remembering what was applied) catches a transaction that ran up to this long.
 */
export const LOOKBACK_MS = 120_000
/** Signals older than this are removed (by any server, about once a minute). */
export const KEEP_MS = 60 * 60_000

export const pollIntervalMs = (value = process.env.CACHE_SIGNAL_POLL_MS): number => {
  const parsed = Number(value)
  return Number.isFinite(parsed) && parsed >= 20 ? parsed : DEFAULT_POLL_MS
}

/**
 * Starts this server's poller: every `intervalMs` it reads the signals of the last `LOOKBACK_MS`
 * and expires the tags of those it has not applied yet. Returns the stop function.
 */
export const startCacheSignalPoller = (payload: Payload, { intervalMs = pollIntervalMs() }: { intervalMs?: number } = {}): (() => void) => {
  const applied = new Map<string, number>()
  let since = Date.now()
  let lastCleanup = 0
  let running = false
  let stopped = false
  const tick = async () => {
    if (running || stopped) return
    running = true
    try {
      const now = Date.now()
      const { docs } = await payload.db.find({
        collection: CACHE_SIGNALS_SLUG,
        limit: 0,
        pagination: false,
        req: {},
        sort: 'createdAt',
        where: { createdAt: { greater_than: new Date(Math.min(since, now) - LOOKBACK_MS).toISOString() } },
      })
      const fresh = unseenSignals(docs as { createdAt: string; id: number | string; tags: unknown }[], applied, now - 2 * LOOKBACK_MS)
      if (fresh.tags.length > 0) await expireTags(fresh.tags)
      // Tests only (as the site's cache fills): each applied signal is printed, so a test can wait
      // until a server has caught up with the changes made so far.
      if (process.env.SITE_CACHE_LOG === '1' && fresh.ids.length > 0) console.log(`site-cache signals ${fresh.ids.join(' ')}`)
      since = now
      if (now - lastCleanup > 60_000) {
        lastCleanup = now
        await payload.db.deleteMany({ collection: CACHE_SIGNALS_SLUG, req: {}, where: { createdAt: { less_than: new Date(now - KEEP_MS).toISOString() } } })
      }
    } catch (error) {
      payload.logger.warn({ err: error, msg: 'cache signals: poll failed; trying again' })
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void tick(), intervalMs)
  timer.unref?.()
  return () => {
    stopped = true
    clearInterval(timer)
  }
}
