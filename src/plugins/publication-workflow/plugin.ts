import type { PublicationCheckSection } from '@jaarverslag/key-figures/types'
import type { CollectionConfig, CollectionSlug, Config } from 'payload'

import type { PublicationWorkflowOptions, SanitizedWorkflowOptions } from './types.js'

import { withAuthorAccess } from './access.js'
import { createAuditLogCollection } from './collections/auditLog.js'
import { serverComponent } from './components/paths.js'
import { workflowEndpoints } from './endpoints/index.js'
import { withReviewTab, workflowSidebarFields } from './fields/workflowFields.js'
import { auditDataAfterChange } from './hooks/auditDataAfterChange.js'
import { auditDataAfterDelete } from './hooks/auditDataAfterDelete.js'
import { auditImportAfterChange } from './hooks/auditImportAfterChange.js'
import { auditPublicationAfterChange } from './hooks/auditPublicationAfterChange.js'
import { auditRefusalAfterError } from './hooks/auditRefusalAfterError.js'
import { auditWorkflowAfterChange } from './hooks/auditWorkflowAfterChange.js'
import { enforceWorkflowBeforeChange } from './hooks/enforceWorkflowBeforeChange.js'
import { noteDeleteBeforeDelete } from './hooks/noteDeleteBeforeDelete.js'
import { notePublishAttemptBeforeChange } from './hooks/notePublishAttemptBeforeChange.js'
import { rememberDraftArgBeforeOperation } from './hooks/rememberDraftArgBeforeOperation.js'
import { sanitizeOptions } from './options.js'
import { attachScheduledPublishFailureHandler } from './server/scheduledPublish.js'

const hasDrafts = (collection: CollectionConfig) =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

/** The collection the admin logs in with (`admin.user`), else the first with `auth`, else `users`. */
const usersCollectionOf = (config: Config): CollectionSlug =>
  (config.admin?.user ?? config.collections?.find((collection) => collection.auth)?.slug ?? 'users') as CollectionSlug

const listed = (slugs: readonly string[], slug: string) => slugs.includes(slug)

/**
 * Review stages (concept -> ter review -> goedgekeurd -> gepubliceerd) for the named
 * collections, tied to the figure check of the key-figures instance in `keyFigures`, with review
 * notes, an audit log, a report-wide publish and a record of failed scheduled publishes.
 * With `keyFigures`, register it after that instance: its rules run after the figure gate, so
 * both apply; the other order is refused at start.
 */
export const publicationWorkflowPlugin =
  (pluginOptions: PublicationWorkflowOptions) =>
  (incoming: Config): Config => {
    const options: SanitizedWorkflowOptions = sanitizeOptions(pluginOptions)
    const { keyFigures } = options
    if (keyFigures && !keyFigures.isRegisteredIn(incoming)) {
      throw new Error(
        `publication-workflow: register keyFiguresPlugin(...) (datasets "${keyFigures.options.slugs.datasets}") before publicationWorkflowPlugin(...) in \`plugins\`: ` +
          'the workflow rules must run after its figure gate.',
      )
    }
    const users = usersCollectionOf(incoming)
    // The key-figures instance's imports write its records without their hooks: when its records
    // are audited, each import is audited instead, once.
    const auditsImports = Boolean(keyFigures && listed(options.auditCollections, keyFigures.options.slugs.records))

    const collections = (incoming.collections ?? []).map((collection): CollectionConfig => {
      if (auditsImports && keyFigures && collection.slug === keyFigures.importsSlug) {
        if (!options.enabled) return collection
        return {
          ...collection,
          hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), auditImportAfterChange(options, keyFigures)] },
        }
      }
      if (listed(options.auditCollections, collection.slug)) {
        if (!options.enabled) return collection
        return {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), auditDataAfterChange(options)],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), auditDataAfterDelete(options)],
            beforeDelete: [noteDeleteBeforeDelete, ...(collection.hooks?.beforeDelete ?? [])],
            beforeOperation: [rememberDraftArgBeforeOperation, ...(collection.hooks?.beforeOperation ?? [])],
          },
        }
      }
      if (listed(options.auditPublishing, collection.slug)) {
        if (!options.enabled) return collection
        if (!hasDrafts(collection)) {
          throw new Error(`publication-workflow: collection "${collection.slug}" in auditPublishing needs versions with drafts.`)
        }
        return {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), auditPublicationAfterChange(options)],
            beforeOperation: [rememberDraftArgBeforeOperation, ...(collection.hooks?.beforeOperation ?? [])],
          },
        }
      }
      if (!listed(options.collections, collection.slug)) return collection
      if (!hasDrafts(collection)) {
        throw new Error(`publication-workflow: collection "${collection.slug}" needs versions with drafts.`)
      }
      const fields = [...withReviewTab(collection.fields, options, users), ...workflowSidebarFields(users)]
      if (!options.enabled) return { ...collection, fields }
      return {
        ...collection,
        access: withAuthorAccess(collection, options),
        admin: {
          ...collection.admin,
          defaultColumns: collection.admin?.defaultColumns ? [...collection.admin.defaultColumns, 'workflowStage'] : undefined,
        },
        fields,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), auditWorkflowAfterChange(options)],
          beforeChange: [notePublishAttemptBeforeChange, ...(collection.hooks?.beforeChange ?? []), enforceWorkflowBeforeChange(options)],
          beforeOperation: [rememberDraftArgBeforeOperation, ...(collection.hooks?.beforeOperation ?? [])],
        },
      }
    })
    // Added even when disabled, so the database schema keeps its shape.
    collections.push(createAuditLogCollection(options, users))
    const config: Config = { ...incoming, collections }
    if (!options.enabled) return config

    config.endpoints = [...(incoming.endpoints ?? []), ...workflowEndpoints(options)]
    config.hooks = { ...incoming.hooks, afterError: [...(incoming.hooks?.afterError ?? []), auditRefusalAfterError(options)] }
    config.onInit = async (payload) => {
      attachScheduledPublishFailureHandler(payload, options)
      await incoming.onInit?.(payload)
    }
    return config
  }

/**
 * The workflow's section of the key-figures Publicatiecontrole view (its option
 * `publicationCheckSections`): the failed scheduled publishes of the chosen report and the
 * report-wide publish. Give it the same options as the plugin.
 */
export const publicationCheckSection = (pluginOptions: PublicationWorkflowOptions): PublicationCheckSection => ({
  path: serverComponent('ScheduledFailuresSection'),
  serverProps: { workflowOptions: sanitizeOptions(pluginOptions) },
})
