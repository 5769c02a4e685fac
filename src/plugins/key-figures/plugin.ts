import type { Block, CollectionConfig, Config, Field, RichTextField } from 'payload'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import type { KeyFiguresPlugin, KeyFiguresPluginOptions } from './types.ts'

import { createDatasetRecordsCollection } from './collections/datasetRecords.ts'
import { createDatasetsCollection } from './collections/datasets.ts'
import { clientComponent, serverComponent } from './components/paths.ts'
import { publicationCheckPath } from './components/publicationCheckPath.ts'
import { keyFigureEndpoints } from './endpoints/index.ts'
import { figureCheckFields, keyFigureInlineBlock, keyFiguresField } from './fields/keyFigures.ts'
import { withFigureEditor } from './fields/richTextFields.ts'
import { recheckPublishedDocumentAfterOperation } from './hooks/recheckPublishedDocumentAfterOperation.ts'
import { resolveFiguresAfterOperation } from './hooks/resolveFiguresAfterOperation.ts'
import { stripResolvedBeforeValidate } from './hooks/stripResolvedBeforeValidate.ts'
import { validateKeyFiguresBeforeChange } from './hooks/validateKeyFiguresBeforeChange.ts'
import { createDatasetImportsCollection } from './import/server/datasetImports.ts'
import { importEndpoints } from './import/server/endpoints.ts'
import { sanitizeOptions, servesCollection } from './options.ts'
import { createVerdictCache } from './resolve/verdicts.ts'
import { createDatasetCache } from './server/datasetCache.ts'
import { keyFiguresHandle } from './server/handle.ts'

const defaultEditor = (inlineBlock: Block): RichTextField['editor'] =>
  lexicalEditor({ features: ({ rootFeatures }) => [...rootFeatures, BlocksFeature({ inlineBlocks: [inlineBlock] })] })

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
  admin: { components: { Field: clientComponent('StaleBanner') } },
}

/**
 * Binds the key figures of the named collections to dataset records and refuses to publish a
 * document whose figures disagree with their data. The returned plugin is also the instance's
 * handle (`KeyFigures`): hand it to the plugins that use it (the publication workflow).
 */
export const keyFiguresPlugin = (pluginOptions: KeyFiguresPluginOptions): KeyFiguresPlugin => {
  const options = sanitizeOptions(pluginOptions)

  const plugin = (incoming: Config): Config => {
    const inlineBlock = keyFigureInlineBlock(options)
    const editor = (options.editor ?? defaultEditor)(inlineBlock)
    // What public reads reuse between requests: the engine's verdicts (by their inputs) and, for
    // a second at most, dataset summaries (resolve/verdicts.ts, server/datasetCache.ts).
    const readCaches = { datasets: createDatasetCache(), verdicts: createVerdictCache() }

    const collections = (incoming.collections ?? []).map((collection): CollectionConfig => {
      if (!servesCollection(options, collection.slug)) return collection
      return {
        ...collection,
        fields: [staleBanner, ...withKeyFiguresField(withFigureEditor(collection.fields, editor), keyFiguresField(options)), ...figureCheckFields(options)],
        hooks: {
          ...collection.hooks,
          // Read side (content API): `resolved` on every figure, computed on read, never stored.
          afterOperation: [
            ...(collection.hooks?.afterOperation ?? []),
            ...(options.enabled ? [resolveFiguresAfterOperation(options, readCaches), recheckPublishedDocumentAfterOperation(options)] : []),
          ],
          beforeValidate: [stripResolvedBeforeValidate, ...(collection.hooks?.beforeValidate ?? [])],
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
    // The view and the nav link get this instance's options as server props (server-only).
    const serverProps = { keyFiguresOptions: options }
    // Components only the view renders are put in the import map through `admin.dependencies`.
    const sections = Object.fromEntries(
      options.publicationCheckSections.map((section, index) => [
        `publicationCheckSection_${options.slugs.datasets}_${index}`,
        { path: typeof section === 'string' ? section : section.path, type: 'component' as const },
      ]),
    )
    config.admin = {
      ...incoming.admin,
      dependencies: { ...incoming.admin?.dependencies, ...sections },
      components: {
        ...incoming.admin?.components,
        afterNavLinks: [...(incoming.admin?.components?.afterNavLinks ?? []), { path: serverComponent('PublicationCheckNavLink'), serverProps }],
        views: {
          ...incoming.admin?.components?.views,
          [`publicationCheck_${options.slugs.datasets}`]: {
            Component: { path: serverComponent('PublicationCheckView'), serverProps },
            meta: { title: 'Publicatiecontrole' },
            path: publicationCheckPath(options) as `/${string}`,
          },
        },
      },
    }
    return config
  }

  return Object.assign(plugin, keyFiguresHandle(options))
}
