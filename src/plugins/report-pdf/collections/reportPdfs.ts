import type { Access, CollectionConfig } from 'payload'

import type { SanitizedReportPdfOptions } from '../types'

/** Logged-in users see every edition; everyone else only the current edition of each report. */
const latestOrLoggedIn: Access = ({ req }) => (req.user ? true : { latest: { equals: true } })

const nobody: Access = () => false

/**
 * The PDF editions of the reports: one file per generation, with its SHA-256, the dataset
 * versions and the moment its figures were verified. Written by the job only.
 */
export const createReportPdfsCollection = (options: SanitizedReportPdfOptions): CollectionConfig => {
  const { access, admin, ...overrides } = options.overrides
  return {
    slug: options.slug,
    labels: { plural: { en: 'PDF editions', nl: "Pdf-edities" }, singular: { en: 'PDF edition', nl: 'Pdf-editie' } },
    admin: {
      defaultColumns: ['filename', 'report', 'generatedAt', 'pages', 'latest'],
      description: {
        en: 'Made by a job after every publish that changes a report, and when a figure goes stale. Read-only.',
        nl: 'Gemaakt door een taak na elke publicatie die een jaarverslag verandert, en wanneer een kerncijfer niet meer klopt. Alleen-lezen.',
      },
      group: { en: 'Report', nl: 'Jaarverslag' },
      useAsTitle: 'filename',
      ...admin,
    },
    access: { create: nobody, delete: nobody, read: latestOrLoggedIn, update: nobody, ...access },
    defaultSort: '-generatedAt',
    upload: {
      mimeTypes: ['application/pdf'],
      staticDir: options.staticDir,
      // Served by the site at /jaarverslagen/<report>/pdf; the file route answers the same way.
      modifyResponseHeaders: ({ headers }) => {
        headers.set('Content-Type', 'application/pdf')
        headers.set('X-Content-Type-Options', 'nosniff')
        return headers
      },
    },
    ...overrides,
    fields: [
      { name: 'report', type: 'relationship', relationTo: options.report.collection, required: true, index: true, label: { en: 'Report', nl: 'Jaarverslag' } },
      {
        name: 'latest',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        label: { en: 'Current edition', nl: 'Huidige editie' },
        admin: { description: { en: 'The one the site serves.', nl: 'Die de site aanbiedt.' } },
      },
      { name: 'sha256', type: 'text', required: true, index: true, label: 'SHA-256' },
      { name: 'generatedAt', type: 'date', required: true, label: { en: 'Made at', nl: 'Gemaakt op' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'pages', type: 'number', label: { en: 'Pages', nl: "Pagina's" } },
      { name: 'figures', type: 'number', label: { en: 'Key figures', nl: 'Kerncijfers' } },
      {
        name: 'verifiedAt',
        type: 'date',
        label: { en: 'Figures last verified', nl: 'Kerncijfers laatst nagekeken' },
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'datasetVersions',
        type: 'json',
        label: { en: 'Dataset versions', nl: 'Datasetversies' },
        admin: { description: { en: '[{ dataset, versions, figures }] as the figures name them.', nl: '[{ dataset, versions, figures }] zoals de kerncijfers ze noemen.' } },
      },
      { name: 'reason', type: 'text', label: { en: 'Made because of', nl: 'Gemaakt na' } },
    ].map((field) => ({ ...field, admin: { ...field.admin, readOnly: true } })) as CollectionConfig['fields'],
  }
}
