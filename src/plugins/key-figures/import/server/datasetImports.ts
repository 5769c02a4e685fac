import type { CollectionConfig } from 'payload'

import type { SanitizedKeyFiguresOptions } from '../../types.ts'

import { importsSlugOf } from './slugs.ts'

/**
 * One document per applied import: the dataset's version history. Written only by the server
 * (inside the import's transaction), read by whoever may import. `version` counts per dataset
 * from 1; the unique (dataset, version) index makes two imports that raced for the same number
 * fail one of them, as a whole.
 */
export const createDatasetImportsCollection = (options: SanitizedKeyFiguresOptions, usersSlug: string): CollectionConfig => ({
  slug: importsSlugOf(options),
  labels: { plural: { en: 'Dataset imports', nl: 'Importgeschiedenis' }, singular: { en: 'Dataset import', nl: 'Import' } },
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req }) => options.canCheck(req),
    update: () => false,
  },
  admin: {
    defaultColumns: ['dataset', 'version', 'fileName', 'importedBy', 'createdAt'],
    description: {
      en: 'Every applied import of a dataset. An import starts on the dataset\'s own page (Import from a file); only the server writes here.',
      nl: 'Elke toegepaste import van een dataset. Een import start u op de pagina van de dataset zelf (Importeren uit een bestand); alleen de server schrijft hier.',
    },
    group: options.adminGroup,
    useAsTitle: 'fileName',
  },
  indexes: [{ fields: ['dataset', 'version'], unique: true }],
  fields: [
    { name: 'dataset', type: 'relationship', label: { en: 'Dataset', nl: 'Dataset' }, relationTo: options.slugs.datasets, required: true, index: true },
    { name: 'version', type: 'number', label: { en: 'Version', nl: 'Versie' }, required: true, index: true },
    { name: 'fileName', type: 'text', label: { en: 'File', nl: 'Bestand' }, required: true },
    { name: 'sha256', type: 'text', label: { en: 'SHA-256', nl: 'SHA-256' }, required: true },
    { name: 'importedBy', type: 'relationship', label: { en: 'Imported by', nl: 'Geïmporteerd door' }, relationTo: usersSlug as never },
    {
      name: 'summary',
      type: 'group',
      label: { en: 'Summary', nl: 'Samenvatting' },
      fields: [
        { name: 'added', type: 'number', label: { en: 'Added', nl: 'Toegevoegd' } },
        { name: 'changed', type: 'number', label: { en: 'Changed', nl: 'Gewijzigd' } },
        { name: 'removed', type: 'number', label: { en: 'Removed', nl: 'Verwijderd' } },
        { name: 'unchanged', type: 'number', label: { en: 'Unchanged', nl: 'Ongewijzigd' } },
      ],
    },
    { name: 'diff', type: 'json', label: { en: 'Changes', nl: 'Wijzigingen' } },
    { name: 'staleDocuments', type: 'json', label: { en: 'Documents made stale', nl: 'Verouderde documenten' } },
  ],
  timestamps: true,
})
