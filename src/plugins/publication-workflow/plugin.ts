import type { PublicationCheckSection } from '@jaarverslag/key-figures/types'
import type { CollectionConfig, CollectionSlug, Config } from 'payload'

import type { PublicationWorkflowOptions, SanitizedWorkflowOptions } from './types.ts'

import { withAuthorAccess } from './access.ts'
import { createAuditLogCollection } from './collections/auditLog.ts'
import { serverComponent } from './components/paths.ts'
import { workflowEndpoints } from './endpoints/index.ts'
import { withAuthorReadOnlyFields } from './fields/authorReadOnly.ts'
import { withReviewTab, workflowSidebarFields } from './fields/workflowFields.ts'
import { auditDataAfterChange } from './hooks/auditDataAfterChange.ts'
import { auditDataAfterDelete } from './hooks/auditDataAfterDelete.ts'
import { auditImportAfterChange } from './hooks/auditImportAfterChange.ts'
import { auditPublicationAfterChange } from './hooks/auditPublicationAfterChange.ts'
import { auditRefusalAfterError } from './hooks/auditRefusalAfterError.ts'
import { auditWorkflowAfterChange } from './hooks/auditWorkflowAfterChange.ts'
import { enforceWorkflowBeforeChange } from './hooks/enforceWorkflowBeforeChange.ts'
import { noteDeleteBeforeDelete } from './hooks/noteDeleteBeforeDelete.ts'
import { notePublishAttemptBeforeChange } from './hooks/notePublishAttemptBeforeChange.ts'
import { rememberDraftArgBeforeOperation } from './hooks/rememberDraftArgBeforeOperation.ts'
import { sanitizeOptions } from './options.ts'
import { attachScheduledPublishFailureHandler } from './server/scheduledPublish.ts'

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
          components: {
            ...collection.admin?.components,
            edit: {
              ...collection.admin?.components?.edit,
              // Authors never publish: they see no publish control (the server refuses them anyway).
              PublishButton: {
                path: serverComponent('PublishControl'),
                serverProps: { workflowOptions: options },
              },
            },
          },
          defaultColumns: collection.admin?.defaultColumns ? [...collection.admin.defaultColumns, 'workflowStage'] : undefined,
        },
        fields: withAuthorReadOnlyFields(fields, options, options.authorFields[collection.slug] ?? []),
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
