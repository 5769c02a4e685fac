import type { Block, CollectionConfig, Config, Field, RichTextField } from 'payload'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import type { KeyFiguresPluginOptions, SanitizedKeyFiguresOptions } from './types'

import { createDatasetRecordsCollection } from './collections/datasetRecords'
import { createDatasetsCollection } from './collections/datasets'
import { keyFigureEndpoints } from './endpoints'
import { figureCheckFields, keyFigureInlineBlock, keyFiguresField } from './fields/keyFigures'
import { validateKeyFiguresBeforeChange } from './hooks/validateKeyFiguresBeforeChange'
import { createDatasetImportsCollection } from './import/server/datasetImports'
import { importEndpoints } from './import/server/endpoints'
import { recheckAfterPublish } from './import/server/recheck'
import { sanitizeOptions } from './options'
import { resolveFiguresAfterOperation, stripResolvedBeforeValidate } from './read/hooks'
import { createVerdictCache } from './read/verdicts'
import { createDatasetCache } from './server/datasetCache'

export type { KeyFiguresPluginOptions, SanitizedKeyFiguresOptions } from './types'
export { SKIP_FIGURE_CHECK } from './types'
export { SKIP_FIGURE_RESOLVE } from './read/hooks'
export { FOOTING_FIELD } from './fields/footing'
export type { ResolvedFigure } from './read/resolveFigure'
export type { ReportCheck, ReportFinding } from './server/checkReport'
export { checkReport } from './server/checkReport'
export { settleFigureRechecks } from './import/server/recheck'
export { importsSlugOf } from './import/server/slugs'
export { removedWithDataset, type RemovedWithDataset } from './server/datasetContents'

const COMPONENTS = '/plugins/key-figures/components'

const defaultEditor = (inlineBlock: Block): RichTextField['editor'] =>
  lexicalEditor({ features: ({ rootFeatures }) => [...rootFeatures, BlocksFeature({ inlineBlocks: [inlineBlock] })] })

/**
 * Gives every rich-text field (outside arrays and blocks) the editor with the inline figure, and
 * collects the data paths of those fields so the gate knows where inline figures live.
 */
const withFigureEditor = (fields: Field[], editor: RichTextField['editor'], prefix: string, paths: string[]): Field[] =>
  fields.map((field) => {
    switch (field.type) {
      case 'richText':
        paths.push(`${prefix}${field.name}`)
        return { ...field, editor }
      case 'group':
        return 'name' in field && field.name
          ? { ...field, fields: withFigureEditor(field.fields, editor, `${prefix}${field.name}.`, paths) }
          : { ...field, fields: withFigureEditor(field.fields, editor, prefix, paths) }
      case 'row':
      case 'collapsible':
        return { ...field, fields: withFigureEditor(field.fields, editor, prefix, paths) }
      case 'tabs':
        return {
          ...field,
          tabs: field.tabs.map((tab) => ({
            ...tab,
            fields: withFigureEditor(tab.fields, editor, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix, paths),
          })),
        }
      default:
        return field
    }
  })

/** The figures go in a tab of their own where the collection uses tabs, else at the end. */
const withKeyFiguresField = (fields: Field[], keyFigures: Field): Field[] => {
  const tabsIndex = fields.findIndex((field) => field.type === 'tabs')
  if (tabsIndex === -1) return [...fields, keyFigures]
  const tabs = fields[tabsIndex] as Extract<Field, { type: 'tabs' }>
  const next = [...fields]
  next[tabsIndex] = { ...tabs, tabs: [...tabs.tabs, { fields: [keyFigures], label: { en: 'Key figures', nl: 'Kerncijfers' } }] }
  return next
}

const hasDrafts = (collection: CollectionConfig) =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

const staleBanner: Field = {
  name: 'figureStaleBanner',
  type: 'ui',
  admin: { components: { Field: `${COMPONENTS}/StaleBanner#StaleBanner` } },
}

/**
 * Binds the key figures of the named collections to dataset records and refuses to publish a
 * document whose figures disagree with their data.
 */
export const keyFiguresPlugin =
  (pluginOptions: KeyFiguresPluginOptions) =>
  (incoming: Config): Config => {
    const options: SanitizedKeyFiguresOptions = sanitizeOptions(pluginOptions)
    const inlineBlock = keyFigureInlineBlock(options)
    const editor = (options.editor ?? defaultEditor)(inlineBlock)
    // What public reads reuse between requests: the engine's verdicts (by their inputs) and, for
    // a second at most, dataset summaries (read/verdicts.ts, server/datasetCache.ts).
    const readCaches = { datasets: createDatasetCache(), verdicts: createVerdictCache() }

    const collections = (incoming.collections ?? []).map((collection): CollectionConfig => {
      if (!options.collections.includes(collection.slug as never)) return collection
      const richTextPaths: string[] = []
      const fields = withFigureEditor(collection.fields, editor, '', richTextPaths)
      options.richTextPaths[collection.slug] = richTextPaths
      return {
        ...collection,
        fields: [staleBanner, ...withKeyFiguresField(fields, keyFiguresField(options)), ...figureCheckFields(options)],
        hooks: {
          ...collection.hooks,
          // Read side (content API): `resolved` on every figure, computed on read, never stored.
          afterOperation: [
            ...(collection.hooks?.afterOperation ?? []),
            ...(options.enabled ? [resolveFiguresAfterOperation(options, readCaches), recheckAfterPublish(options)] : []),
          ],
          beforeValidate: [stripResolvedBeforeValidate(options), ...(collection.hooks?.beforeValidate ?? [])],
          beforeChange: [
            ...(collection.hooks?.beforeChange ?? []),
            ...(options.enabled ? [validateKeyFiguresBeforeChange(options, hasDrafts(collection))] : []),
          ],
        },
      }
    })
    // Added even when disabled, so the database schema keeps its shape.
    collections.push(
      createDatasetsCollection(options, readCaches.datasets),
      createDatasetRecordsCollection(options),
      createDatasetImportsCollection(options, incoming.admin?.user ?? 'users'),
    )
    const config: Config = { ...incoming, collections }
    if (!options.enabled) return config

    config.endpoints = [...(incoming.endpoints ?? []), ...keyFigureEndpoints(options), ...importEndpoints(options)]
    // Server-only: the admin view and the CLI find the sanitized options here.
    config.custom = {
      ...incoming.custom,
      keyFigures: { ...(incoming.custom?.keyFigures as object), [options.slugs.datasets]: options },
    }
    config.admin = {
      ...incoming.admin,
      components: {
        ...incoming.admin?.components,
        afterNavLinks: [
          ...(incoming.admin?.components?.afterNavLinks ?? []),
          { path: `${COMPONENTS}/PublicationCheckNavLink#PublicationCheckNavLink`, serverProps: { datasets: options.slugs.datasets } },
        ],
        views: {
          ...incoming.admin?.components?.views,
          [`publicationCheck_${options.slugs.datasets}`]: {
            Component: { path: `${COMPONENTS}/PublicationCheckView#PublicationCheckView`, serverProps: { datasets: options.slugs.datasets } },
            meta: { title: 'Publicatiecontrole' },
            path: `/publicatiecontrole${options.slugs.datasets === 'datasets' ? '' : `-${options.slugs.datasets}`}`,
          },
        },
      },
    }
    return config
  }
export type { DocumentCheck } from './server/checkDocuments'
export { checkDocuments } from './server/checkDocuments'
export { KeyFiguresGateError } from './server/gateError'
export { getKeyFiguresOptions } from './server/pluginOptions'
export type { Finding } from './engine'
