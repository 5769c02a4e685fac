import type { CollectionConfig, Config } from 'payload'

import { cacheSignalsCollection } from './collection'
import { signalDataChangeAfterChange } from './hooks/signalDataChangeAfterChange'
import { signalDataChangeAfterDelete } from './hooks/signalDataChangeAfterDelete'
import { signalDatasetChangeAfterChange } from './hooks/signalDatasetChangeAfterChange'
import { signalDatasetChangeAfterDelete } from './hooks/signalDatasetChangeAfterDelete'
import { signalPageChangeAfterChange } from './hooks/signalPageChangeAfterChange'
import { signalPageChangeAfterDelete } from './hooks/signalPageChangeAfterDelete'

export { CACHE_SIGNALS_SLUG } from './collection'
export { emitCacheSignal } from './emit'
export { expireTags, onCacheSignal } from './expire'
export { signalFigureCheckChange } from './figureCheckListener'
export { DEFAULT_POLL_MS, pollIntervalMs, startCacheSignalPoller } from './poller'
export { datasetIdTag, datasetTag, docTag, listTag, tagsOfAnswer } from './tags'

export type CacheSignalsOptions = {
  /** Collections the public site shows: their saves and deletes expire the pages that show them. */
  pages: string[]
  /** The key-figures collections: datasets (renames), records and the import history (new values). */
  data: { datasets: string; records: string; imports: string }
}

/**
 * Keeps the public site's caches right on every server: each change that shows on the site writes
 * a `cache-signals` row (the tags it expires) in its own transaction, and every server's poller
 * (started in src/startServer.ts) expires those tags in its own process.
 */
export const cacheSignalsPlugin =
  ({ data, pages }: CacheSignalsOptions) =>
  (incoming: Config): Config => {
    const hooksFor = (collection: CollectionConfig): Partial<NonNullable<CollectionConfig['hooks']>> | null => {
      if (pages.includes(collection.slug)) return { afterChange: [signalPageChangeAfterChange], afterDelete: [signalPageChangeAfterDelete] }
      if (collection.slug === data.datasets) return { afterChange: [signalDatasetChangeAfterChange], afterDelete: [signalDatasetChangeAfterDelete] }
      if (collection.slug === data.records || collection.slug === data.imports)
        return { afterChange: [signalDataChangeAfterChange(data.datasets)], afterDelete: [signalDataChangeAfterDelete(data.datasets)] }
      return null
    }
    return {
      ...incoming,
      collections: [
        ...(incoming.collections ?? []).map((collection): CollectionConfig => {
          const added = hooksFor(collection)
          if (!added) return collection
          return {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), ...(added.afterChange ?? [])],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), ...(added.afterDelete ?? [])],
            },
          }
        }),
        cacheSignalsCollection,
      ],
    }
  }
