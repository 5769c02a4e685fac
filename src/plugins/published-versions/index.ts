import type { CollectionConfig, Config, Payload } from 'payload'

import type { PublishedVersionsOptions, SanitizedPublishedVersionsOptions } from './types'

import { classifyPublicationBeforeChange } from './hooks/classifyPublicationBeforeChange'
import { forgetOperationAfterOperation } from './hooks/forgetOperationAfterOperation'
import { keepPublishedVersionAfterChange } from './hooks/keepPublishedVersionAfterChange'
import { trackOperationBeforeOperation } from './hooks/trackOperationBeforeOperation'
import { sanitizeOptions } from './options'
import { PUBLISHED_VERSIONS } from './types'

export type { PublicationIntent, PublishedVersionsOptions, SanitizedPublishedVersionsOptions } from './types'
export type { PublicationIntentInput, PublicationIntentKind } from './intent'
export { classifyPublicationIntent } from './intent'
export { UnpublishRefusedError } from './errors'
export { publicationIntentOf } from './server/context'

const hasDrafts = (collection: CollectionConfig) =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

/** Whether the plugin guards this collection (other plugins fall back on their own reading when not). */
export const guardsPublishedVersion = (payload: Payload, collection: string): boolean =>
  Boolean((payload.config.custom?.[PUBLISHED_VERSIONS] as { collections?: string[] } | undefined)?.collections?.includes(collection))

/**
 * One rule for every collection with drafts: its published version changes only through a
 * publish (judged by whatever guards publishing: the figure gate, the workflow) or an explicit
 * unpublish by someone who may. Register it after the plugins that add collections: its hooks go
 * first, so every other hook sees the save's publication intent (`publicationIntentOf`) and a
 * `_status` that says it.
 */
export const publishedVersionsPlugin =
  (pluginOptions: PublishedVersionsOptions = {}) =>
  (incoming: Config): Config => {
    const options: SanitizedPublishedVersionsOptions = sanitizeOptions(pluginOptions)
    if (!options.enabled) return incoming
    const guarded: string[] = []
    const collections = (incoming.collections ?? []).map((collection): CollectionConfig => {
      if (!hasDrafts(collection) || (options.collections && !options.collections.includes(collection.slug as never))) return collection
      guarded.push(collection.slug)
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [keepPublishedVersionAfterChange, ...(collection.hooks?.afterChange ?? [])],
          afterOperation: [...(collection.hooks?.afterOperation ?? []), forgetOperationAfterOperation],
          beforeChange: [classifyPublicationBeforeChange(options), ...(collection.hooks?.beforeChange ?? [])],
          beforeOperation: [trackOperationBeforeOperation, ...(collection.hooks?.beforeOperation ?? [])],
        },
      }
    })
    return { ...incoming, collections, custom: { ...incoming.custom, [PUBLISHED_VERSIONS]: { collections: guarded } } }
  }
