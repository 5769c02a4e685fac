import type { CollectionConfig, Config } from 'payload'

import type { PublishedVersionsOptions, SanitizedPublishedVersionsOptions } from './types.js'

import { classifyPublicationBeforeChange } from './hooks/classifyPublicationBeforeChange.js'
import { forgetOperationAfterOperation } from './hooks/forgetOperationAfterOperation.js'
import { keepPublishedVersionAfterChange } from './hooks/keepPublishedVersionAfterChange.js'
import { trackOperationBeforeOperation } from './hooks/trackOperationBeforeOperation.js'
import { sanitizeOptions } from './options.js'

export type { PublicationIntent, PublishedVersionsOptions, SanitizedPublishedVersionsOptions } from './types.js'
export type { PublicationIntentInput, PublicationIntentKind } from './intent.js'
export { classifyPublicationIntent } from './intent.js'
export { UnpublishRefusedError } from './errors.js'
export { guardsPublishedVersion, publicationIntentOf } from './server/context.js'

const hasDrafts = (collection: CollectionConfig) =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

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
    const collections = (incoming.collections ?? []).map((collection): CollectionConfig => {
      if (!hasDrafts(collection) || (options.collections && !options.collections.includes(collection.slug as never))) return collection
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
    return { ...incoming, collections }
  }
