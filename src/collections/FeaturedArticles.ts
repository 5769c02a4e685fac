import type { CollectionConfig } from 'payload'

import { richTextField } from '../fields/richText'
import { seoFields } from '../fields/seo'
import { slugField } from '../fields/slug'
import { urlField } from '../fields/url'
import { draftVersions, editorialAccess, labels } from './shared'
import { slugs } from './slugs'
import { documentPreviewUrl } from '../config/frontend'

/** "Uitgelicht": a signed article that zooms in on one theme of a chapter. */
export const FeaturedArticles: CollectionConfig<'featured-articles'> = {
  slug: slugs.featuredArticles,
  graphQL: { pluralName: 'FeaturedArticles', singularName: 'FeaturedArticle' },
  labels: labels({ en: 'Featured article', nl: 'Uitgelicht' }, { en: 'Featured articles', nl: 'Uitgelicht' }),
  admin: {
    defaultColumns: ['title', 'author', 'chapter', '_status'],
    group: { en: 'Report', nl: 'Jaarverslag' },
    livePreview: { url: documentPreviewUrl('featuredArticle') },
    preview: (data, { req }) => documentPreviewUrl('featuredArticle')({ data, req }),
    useAsTitle: 'title',
  },
  access: editorialAccess,
  versions: draftVersions,
  fields: [
    { name: 'title', type: 'text', label: { en: 'Title', nl: 'Titel' }, required: true },
    slugField({ uniqueWithin: ['report'] }),
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
          name: 'chapter',
          type: 'relationship',
          label: { en: 'Chapter', nl: 'Hoofdstuk' },
          relationTo: slugs.chapters,
          index: true,
          filterOptions: ({ data }) => (data?.report ? { report: { equals: data.report } } : true),
        },
        { name: 'author', type: 'relationship', label: { en: 'Author', nl: 'Auteur' }, relationTo: slugs.people },
      ],
    },
    { name: 'lead', type: 'textarea', label: { en: 'Lead', nl: 'Inleiding' }, maxLength: 1500 },
    {
      type: 'tabs',
      tabs: [
        { label: { en: 'Text', nl: 'Tekst' }, fields: [richTextField('body', { en: 'Body', nl: 'Tekst' })] },
        {
          label: { en: 'Quotes and footnotes', nl: 'Citaten en voetnoten' },
          fields: [
            {
              name: 'pullQuotes',
              type: 'array',
              label: { en: 'Pull quotes', nl: 'Streamers' },
              labels: { plural: { en: 'Pull quotes', nl: 'Streamers' }, singular: { en: 'Pull quote', nl: 'Streamer' } },
              fields: [
                { name: 'quote', type: 'textarea', label: { en: 'Quote', nl: 'Citaat' }, required: true },
                { name: 'attribution', type: 'text', label: { en: 'Attribution', nl: 'Bron' } },
              ],
            },
            {
              name: 'footnotes',
              type: 'array',
              label: { en: 'Footnotes', nl: 'Voetnoten' },
              labels: { plural: { en: 'Footnotes', nl: 'Voetnoten' }, singular: { en: 'Footnote', nl: 'Voetnoot' } },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'number',
                      type: 'number',
                      label: { en: 'Number', nl: 'Nummer' },
                      required: true,
                      min: 1,
                      admin: { width: '15%' },
                    },
                    urlField('url', { en: 'Link', nl: 'Link' }, { admin: { placeholder: 'https://', width: '85%' } }),
                  ],
                },
                { name: 'text', type: 'textarea', label: { en: 'Text', nl: 'Tekst' }, required: true },
              ],
              validate: (value: unknown) => {
                const rows = Array.isArray(value) ? (value as { number?: number }[]) : []
                const seen = new Set<number>()
                for (const row of rows) {
                  if (typeof row?.number !== 'number') continue
                  if (seen.has(row.number)) return `Voetnoot ${row.number} komt twee keer voor.`
                  seen.add(row.number)
                }
                return true
              },
            },
          ],
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
            { name: 'photos', type: 'upload', label: { en: 'Photos', nl: "Foto's" }, relationTo: slugs.media, hasMany: true },
          ],
        },
      ],
    },
    seoFields(),
  ],
}
