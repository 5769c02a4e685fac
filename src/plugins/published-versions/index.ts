import type { CollectionConfig, Config } from 'payload'

import type { PublishedVersionsOptions, SanitizedPublishedVersionsOptions } from './types.ts'

import { classifyPublicationBeforeChange } from './hooks/classifyPublicationBeforeChange.ts'
import { forgetOperationAfterOperation } from './hooks/forgetOperationAfterOperation.ts'
import { keepPublishedVersionAfterChange } from './hooks/keepPublishedVersionAfterChange.ts'
import { trackOperationBeforeOperation } from './hooks/trackOperationBeforeOperation.ts'
import { sanitizeOptions } from './options.ts'

export type { PublicationIntent, PublishedVersionsOptions, SanitizedPublishedVersionsOptions } from './types.ts'
export type { PublicationIntentInput, PublicationIntentKind } from './intent.ts'
export { classifyPublicationIntent } from './intent.ts'
export { UnpublishRefusedError } from './errors.ts'
export { guardsPublishedVersion, publicationIntentOf } from './server/context.ts'

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
