import type { CollectionConfig, Validate } from 'payload'

import { documentPreviewUrl } from '../../config/frontend'
import { richTextField } from '../../fields/richText'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { draftVersions, editorialAccess, labels } from '../shared'
import { slugs } from '../slugs'
import { activitiesField } from './fields/activities'
import { setSortKey } from './hooks/setSortKey'

const numberPattern = /^\d+(?:\.\d+)*$/

const sectionOfReport: Validate<string, unknown, Record<string, unknown>> = async (value, { data, req }) => {
  if (!value) return 'Kies het onderdeel van het jaarverslag.'
  const report = (data as { report?: unknown })?.report
  const reportId = report && typeof report === 'object' && 'id' in report ? (report as { id: unknown }).id : report
  if (reportId === undefined || reportId === null) return true
  const found = await req.payload
    .findByID({
      collection: slugs.reports,
      id: reportId as number | string,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
      select: { sections: true },
      disableErrors: true,
    })
    .catch(() => null)
  const keys = found?.sections?.map((section) => section.key).filter(Boolean) ?? []
  if (keys.includes(value)) return true
  return `Onderdeel "${value}" bestaat niet in dit jaarverslag. Kies uit: ${keys.join(', ') || '(nog geen onderdelen)'}.`
}

export const Chapters: CollectionConfig<'chapters'> = {
  slug: slugs.chapters,
  graphQL: { pluralName: 'Chapters', singularName: 'Chapter' },
  labels: labels({ en: 'Chapter', nl: 'Hoofdstuk' }, { en: 'Chapters', nl: 'Hoofdstukken' }),
  admin: {
    defaultColumns: ['number', 'title', 'section', 'report', '_status'],
    group: { en: 'Report', nl: 'Jaarverslag' },
    listSearchableFields: ['title', 'number', 'summary'],
    livePreview: { url: documentPreviewUrl('chapter') },
    preview: (data, { req }) => documentPreviewUrl('chapter')({ data, req }),
    useAsTitle: 'title',
  },
  access: editorialAccess,
  versions: draftVersions,
  defaultSort: 'sortKey',
  hooks: {
    beforeChange: [setSortKey],
  },
  fields: [
    { name: 'title', type: 'text', label: { en: 'Title', nl: 'Titel' }, required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'report',
          type: 'relationship',
          label: { en: 'Annual report', nl: 'Jaarverslag' },
          relationTo: slugs.reports,
          required: true,
          index: true,
        },
        {
          name: 'section',
          type: 'text',
          label: { en: 'Section', nl: 'Onderdeel' },
          required: true,
          // Chosen from the report's sections (their titles); the key is stored and checked by the server.
          admin: { components: { Field: '/admin/SectionSelect#SectionSelect' } },
          validate: sectionOfReport as never,
        },
        {
          name: 'number',
          type: 'text',
          label: { en: 'Number', nl: 'Nummer' },
          admin: { placeholder: '2.3' },
          validate: (value: null | string | undefined) =>
            !value || numberPattern.test(value) ? true : `Nummer "${value}" moet uit cijfers en punten bestaan, bv. 2 of 2.3.`,
        },
      ],
    },
    slugField({ uniqueWithin: ['report'] }),
    {
      name: 'sortKey',
      type: 'text',
      index: true,
      admin: { hidden: true },
      access: { create: () => false, update: () => false },
    },
    { name: 'summary', type: 'textarea', label: { en: 'Summary', nl: 'Samenvatting' }, maxLength: 1200 },
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Text', nl: 'Tekst' },
          fields: [richTextField('body', { en: 'Body', nl: 'Tekst' })],
        },
        {
          label: { en: 'Activities', nl: 'Activiteiten' },
          fields: [activitiesField()],
        },
        {
          label: { en: 'Relations', nl: 'Koppelingen' },
          fields: [
            {
              name: 'practices',
              type: 'relationship',
              label: { en: 'Practices', nl: 'Praktijken' },
              relationTo: slugs.practices,
              hasMany: true,
            },
            {
              name: 'featuredArticles',
              type: 'relationship',
              label: { en: 'Featured articles', nl: 'Uitgelicht' },
              relationTo: slugs.featuredArticles,
              hasMany: true,
            },
            {
              name: 'photos',
              type: 'upload',
              label: { en: 'Photos', nl: "Foto's" },
              relationTo: slugs.media,
              hasMany: true,
            },
          ],
        },
      ],
    },
    seoFields(),
  ],
}
