import type { CollectionConfig, CollectionSlug, Config } from 'payload'

import type { SanitizedKeyFiguresOptions } from '../key-figures'
import type { PublicationWorkflowOptions, SanitizedWorkflowOptions } from './types'

import { importsSlugOf } from '../key-figures'
import { withAuthorAccess } from './access'
import { createAuditLogCollection } from './collections/auditLog'
import { workflowEndpoints } from './endpoints'
import { withReviewTab, workflowSidebarFields } from './fields/workflowFields'
import { auditDataAfterChange, auditDataAfterDelete } from './hooks/auditDataAfterChange'
import { auditPublicationAfterChange } from './hooks/auditPublicationAfterChange'
import { auditImportAfterChange } from './hooks/auditImportAfterChange'
import { auditRefusalAfterError } from './hooks/auditRefusalAfterError'
import { auditWorkflowAfterChange } from './hooks/auditWorkflowAfterChange'
import { enforceWorkflowBeforeChange } from './hooks/enforceWorkflowBeforeChange'
import { noteDeleteBeforeDelete } from './hooks/noteDeleteBeforeDelete'
import { notePublishAttemptBeforeChange } from './hooks/notePublishAttemptBeforeChange'
import { rememberDraftArgBeforeOperation } from './hooks/rememberDraftArgBeforeOperation'
import { sanitizeOptions } from './options'
import { attachScheduledPublishFailureHandler } from './server/scheduledPublish'

export type { PublicationWorkflowOptions, SanitizedWorkflowOptions, Stage } from './types'
export { stageLabels, stages, WORKFLOW_BOOKKEEPING, workflowFields } from './types'
export { WorkflowError } from './errors'
export { decideTransition } from './rules'
export type { ReportPublishResult } from './server/publishReport'
export { evaluatePublish } from './server/evaluatePublish'

const COMPONENTS = '/plugins/publication-workflow/components'

const hasDrafts = (collection: CollectionConfig) =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

/**
 * Review stages (concept -> ter review -> goedgekeurd -> gepubliceerd) for the named
 * collections, tied to the key-figures check, with review notes, an audit log, a report-wide
 * publish and a record of failed scheduled publishes. Register it after the key-figures plugin:
 * its rules run after the figure gate, so both apply.
 */
export const publicationWorkflowPlugin =
  (pluginOptions: PublicationWorkflowOptions) =>
  (incoming: Config): Config => {
    const options: SanitizedWorkflowOptions = sanitizeOptions(pluginOptions)
    // A key-figures plugin whose records are audited: its imports (which write records without
    // their hooks) are audited instead, one entry per import. Its options sit in `custom`.
    const auditedImports = new Map(
      Object.values((incoming.custom?.keyFigures ?? {}) as Record<string, SanitizedKeyFiguresOptions>)
        .filter((keyFigures) => options.auditCollections.includes(keyFigures.slugs.records as CollectionSlug))
        .map((keyFigures) => [importsSlugOf(keyFigures) as string, keyFigures.slugs.datasets as string]),
    )

    const collections = (incoming.collections ?? []).map((collection): CollectionConfig => {
      const importsOfDatasets = auditedImports.get(collection.slug)
      if (importsOfDatasets && options.enabled) {
        return {
          ...collection,
          hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), auditImportAfterChange(options, importsOfDatasets)] },
        }
      }
      if (options.auditCollections.includes(collection.slug as never)) {
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
      if (options.auditPublishing.includes(collection.slug as never)) {
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
      if (!options.collections.includes(collection.slug as never)) return collection
      if (!hasDrafts(collection)) {
        throw new Error(`publication-workflow: collection "${collection.slug}" needs versions with drafts.`)
      }
      const fields = [...withReviewTab(collection.fields, options), ...workflowSidebarFields(options)]
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
    collections.push(createAuditLogCollection(options))
    const config: Config = { ...incoming, collections }
    if (!options.enabled) return config

    config.endpoints = [...(incoming.endpoints ?? []), ...workflowEndpoints(options)]
    config.hooks = { ...incoming.hooks, afterError: [...(incoming.hooks?.afterError ?? []), auditRefusalAfterError(options)] }
    const failuresSection = `${COMPONENTS}/ScheduledFailuresSection#ScheduledFailuresSection`
    config.custom = {
      ...incoming.custom,
      // The key-figures Publicatiecontrole view renders these sections for the chosen report.
      publicationCheckSections: [...((incoming.custom?.publicationCheckSections as string[] | undefined) ?? []), failuresSection],
      publicationWorkflow: options,
    }
    config.admin = {
      ...incoming.admin,
      // In the import map, so the view can render it by path.
      dependencies: { ...incoming.admin?.dependencies, workflowScheduledFailures: { path: failuresSection, type: 'component' } },
    }
    config.onInit = async (payload) => {
      attachScheduledPublishFailureHandler(payload, options)
      await incoming.onInit?.(payload)
    }
    return config
  }
