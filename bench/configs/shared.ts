import type { CollectionConfig } from 'payload'

/** The report a bench document belongs to (for the report-wide check). */
export const benchReports: CollectionConfig = {
  slug: 'bench-reports',
  access: { create: () => true, read: () => true, update: () => true },
  admin: { useAsTitle: 'title' },
  fields: [
    { name: 'title', type: 'text' },
    { name: 'slug', type: 'text', index: true, unique: true },
  ],
}

/** The document that carries figures: the same in both configs, before any plugin runs. */
export const benchDocs = (extraFields: CollectionConfig['fields'] = []): CollectionConfig => ({
  slug: 'bench-docs',
  access: { create: () => true, read: () => true, update: () => true },
  admin: { useAsTitle: 'title' },
  fields: [
    { name: 'title', type: 'text' },
    { name: 'body', type: 'richText' },
    { name: 'report', type: 'relationship', relationTo: 'bench-reports' as never, index: true },
    ...extraFields,
  ],
  versions: { drafts: true },
})

export const benchUsers: CollectionConfig = { slug: 'users', auth: true, fields: [] }

export const benchSecret = 'bench-figures-secret-bench-figures-secret'
