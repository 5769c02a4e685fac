import type { RecordId } from '../engine/index.ts'

/** What the read side needs of a dataset: how to name it, and whether it is published. */
export type DatasetSummary = { _status?: null | string; id: RecordId; period?: null | string; series?: null | string; slug: string; title: string }

/** How long an anonymous read may reuse a dataset summary read by an earlier one. */
export const DATASET_CACHE_MS = 1000

/**
 * Dataset summaries for anonymous reads, kept for at most `ttlMs` and dropped as soon as the
 * dataset changes in this process (the hooks below).
 *
 * Why: naming a figure's source costs one datasets query per read, and that query was most of
 * what the plugin added to a public read (1.4 of 1.9 ms CPU per request for the 2024 report's
 * largest chapter, bench/README.md). A public site is read many times a second; this makes it
 * one query per second at most.
 *
 * What it can make stale, and why that stays harmless: the numbers never come from here (records
 * are read on every request, and verdicts are keyed by their values). A change made in this
 * process is seen by the next read once it has committed (a read during the save's transaction
 * may keep the old summary, for `ttlMs` at most). A change made by another process (a second
 * server over the same database) shows within `ttlMs`, and can only be a new title, slug or period: a dataset
 * that published documents use cannot be unpublished or deleted (refuseRemovingUsedData), and
 * anonymous readers only see published documents. Logged-in readers, who see drafts, and reads
 * inside a transaction never use this cache.
 */
export const createDatasetCache = ({ now = Date.now, ttlMs = DATASET_CACHE_MS }: { now?: () => number; ttlMs?: number } = {}) => {
  const entries = new Map<string, { dataset: DatasetSummary; storedAt: number }>()
  return {
    /** The fresh summaries among `ids`, and the ids still to read. */
    take(ids: readonly RecordId[]): { found: DatasetSummary[]; missing: RecordId[] } {
      const found: DatasetSummary[] = []
      const missing: RecordId[] = []
      const time = now()
      for (const id of ids) {
        const entry = entries.get(String(id))
        if (entry && time - entry.storedAt < ttlMs) found.push(entry.dataset)
        else missing.push(id)
      }
      return { found, missing }
    },
    keep(datasets: readonly DatasetSummary[]) {
      const storedAt = now()
      for (const dataset of datasets) entries.set(String(dataset.id), { dataset, storedAt })
    },
    forget(id: unknown) {
      entries.delete(String(id))
    },
  }
}

export type DatasetCache = ReturnType<typeof createDatasetCache>

const REGISTRY = Symbol.for('keyFigures:datasetCaches')

/** Every dataset cache of this process (all instances, all copies of this module). */
const registry = (): Set<DatasetCache> => {
  const holder = globalThis as unknown as Record<symbol, Set<DatasetCache> | undefined>
  return (holder[REGISTRY] ??= new Set())
}

export const registerDatasetCache = (cache: DatasetCache): DatasetCache => {
  registry().add(cache)
  return cache
}

/**
 * Drops a dataset's summary in every cache of this process: another server changed it (the app
 * hears of that through its cache signals), so the next read asks the database instead of
 * waiting out `ttlMs`.
 */
export const forgetDatasetEverywhere = (id: unknown): void => {
  for (const cache of registry()) cache.forget(id)
}
