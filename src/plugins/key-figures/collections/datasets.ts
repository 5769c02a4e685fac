import type { CollectionConfig } from 'payload'

import type { DatasetCache } from '../server/datasetCache.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { defaultSeriesBeforeChange } from '../hooks/defaultSeriesBeforeChange.ts'
import { deleteRecordsAndImportsBeforeDelete } from '../hooks/deleteRecordsAndImportsBeforeDelete.ts'
import { flagStaleDocumentsAfterChange } from '../hooks/flagStaleDocumentsAfterChange.ts'
import { clientComponent } from '../components/paths.ts'
import { importsSlugOf } from '../import/server/slugs.ts'
import { forgetDatasetAfterChange } from '../hooks/forgetDatasetAfterChange.ts'
import { forgetDatasetAfterDelete } from '../hooks/forgetDatasetAfterDelete.ts'
import { refuseDeletingUsedDataBeforeDelete } from '../hooks/refuseDeletingUsedDataBeforeDelete.ts'
import { refuseUnpublishingUsedDatasetBeforeChange } from '../hooks/refuseUnpublishingUsedDatasetBeforeChange.ts'
import { refuseUnpublishingUsedDatasetBeforeOperation } from '../hooks/refuseUnpublishingUsedDatasetBeforeOperation.ts'

/** A table of the report's data (one period, one source), with rules its totals must obey. */
export const createDatasetsCollection = (options: SanitizedKeyFiguresOptions, cache: DatasetCache): CollectionConfig => {
  const { fields: fieldOverrides, hooks, ...overrides } = options.datasetsOverrides
  const defaultFields: CollectionConfig['fields'] = [
    { name: 'title', type: 'text', label: { en: 'Title', nl: 'Titel' }, required: true },
    {
      name: 'slug',
      type: 'text',
      label: { en: 'Short name (slug)', nl: 'Korte naam' },
      required: true,
      unique: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'series',
          type: 'text',
          label: { en: 'Series', nl: 'Reeks' },
          index: true,
          admin: {
            description: {
              en: 'The same table over the years: a record key means the same measure in every period of a series.',
              nl: 'Dezelfde tabel over de jaren: een recordsleutel betekent hetzelfde in elke periode van een reeks.',
            },
            placeholder: 'vraaggestuurde-werking',
          },
        },
        {
          name: 'period',
          type: 'text',
          label: { en: 'Period', nl: 'Periode' },
          admin: { placeholder: '2024 of 2021-2025' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'source',
          type: 'text',
          label: { en: 'Source', nl: 'Bron' },
          admin: { placeholder: 'CRM-export 15-01-2025' },
        },
      ],
    },
    { name: 'description', type: 'textarea', label: { en: 'Description', nl: 'Omschrijving' } },
    {
      name: 'footingRules',
      type: 'array',
      label: { en: 'Footing rules', nl: 'Voettellingen' },
      labels: { plural: { en: 'Footing rules', nl: 'Voettellingen' }, singular: { en: 'Footing rule', nl: 'Voettelling' } },
      admin: {
        components: { RowLabel: clientComponent('FootingRowLabel') },
        description: {
          en: 'The parts must add up to the total, exactly. A document using this dataset cannot be published while a rule fails.',
          nl: 'De delen moeten exact optellen tot het totaal. Een document dat deze dataset gebruikt, kan niet gepubliceerd worden zolang een regel faalt.',
        },
      },
      fields: [
        { name: 'label', type: 'text', label: { en: 'Label', nl: 'Label' }, required: true },
        {
          name: 'total',
          type: 'relationship',
          label: { en: 'Total', nl: 'Totaal' },
          relationTo: options.slugs.records,
          required: true,
        },
        {
          name: 'parts',
          type: 'relationship',
          label: { en: 'Parts', nl: 'Delen' },
          relationTo: options.slugs.records,
          hasMany: true,
          required: true,
        },
      ],
    },
    {
      name: 'records',
      type: 'join',
      label: { en: 'Records', nl: 'Records' },
      collection: options.slugs.records,
      on: 'dataset',
      defaultLimit: 50,
      defaultSort: 'key',
      // The dataset is this one: its column would only repeat it on every row.
      admin: { defaultColumns: ['key', 'label', 'value', 'unit'] },
    },
    {
      name: 'datasetImport',
      type: 'ui',
      admin: { components: { Field: clientComponent('DatasetImport') } },
    },
    {
      name: 'imports',
      type: 'join',
      label: { en: 'Imports (versions)', nl: 'Imports (versies)' },
      collection: importsSlugOf(options),
      on: 'dataset',
      defaultLimit: 20,
      defaultSort: '-version',
      // Only the import form above (and the server) makes imports: no "new" that would open a page editors may not use.
      admin: { allowCreate: false },
    },
  ]
  return {
    slug: options.slugs.datasets,
    labels: { plural: { en: 'Datasets', nl: 'Datasets' }, singular: { en: 'Dataset', nl: 'Dataset' } },
    admin: {
      defaultColumns: ['title', 'slug', 'series', 'period', 'source', '_status'],
      group: options.adminGroup,
      useAsTitle: 'title',
    },
    versions: { drafts: true, maxPerDoc: 50 },
    // One dataset per period of a series (the roll forward finds the next period by this pair).
    indexes: [{ fields: ['series', 'period'], unique: true }],
    ...overrides,
    hooks: {
      ...hooks,
      afterChange: [...(hooks?.afterChange ?? []), forgetDatasetAfterChange(cache), flagStaleDocumentsAfterChange(options, 'datasets')],
      afterDelete: [...(hooks?.afterDelete ?? []), forgetDatasetAfterDelete(cache)],
      beforeChange: [...(hooks?.beforeChange ?? []), defaultSeriesBeforeChange, refuseUnpublishingUsedDatasetBeforeChange(options)],
      beforeDelete: [...(hooks?.beforeDelete ?? []), refuseDeletingUsedDataBeforeDelete(options, 'datasets'), deleteRecordsAndImportsBeforeDelete(options)],
      beforeOperation: [...(hooks?.beforeOperation ?? []), refuseUnpublishingUsedDatasetBeforeOperation(options)],
    },
    fields: fieldOverrides ? fieldOverrides({ defaultFields }) : defaultFields,
  }
}
