import type { CollectionConfig } from 'payload'

import { seoFields } from '../fields/seo'
import { slugField } from '../fields/slug'
import { urlField } from '../fields/url'
import { wholeNumber } from '../fields/validators'
import { draftVersions, editorialAccess, labels } from './shared'
import { slugs } from './slugs'

export const publicationKinds = [
  { label: { en: 'Annual report', nl: 'Jaarverslag' }, value: 'jaarverslag' },
  { label: { en: 'Memorandum', nl: 'Memorandum' }, value: 'memorandum' },
  { label: { en: 'Research report', nl: 'Onderzoeksrapport' }, value: 'onderzoeksrapport' },
  { label: { en: 'Brochure', nl: 'Brochure' }, value: 'brochure' },
  { label: { en: 'Handbook', nl: 'Handleiding' }, value: 'handleiding' },
]

export const Publications: CollectionConfig<'publications'> = {
  slug: slugs.publications,
  graphQL: { pluralName: 'Publications', singularName: 'Publication' },
  labels: labels({ en: 'Publication', nl: 'Publicatie' }, { en: 'Publications', nl: 'Publicaties' }),
  admin: {
    defaultColumns: ['title', 'year', 'kind', 'downloads', '_status'],
    group: { en: 'Content', nl: 'Inhoud' },
    useAsTitle: 'title',
  },
  access: editorialAccess,
  versions: draftVersions,
  defaultSort: '-year',
  fields: [
    { name: 'title', type: 'text', label: { en: 'Title', nl: 'Titel' }, required: true },
    slugField(),
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          label: { en: 'Year', nl: 'Jaar' },
          required: true,
          index: true,
          min: 1900,
          max: 2200,
        },
        { name: 'kind', type: 'select', label: { en: 'Kind', nl: 'Soort' }, options: publicationKinds, required: true },
        {
          name: 'downloads',
          type: 'number',
          label: { en: 'Downloads', nl: 'Downloads' },
          min: 0,
          validate: wholeNumber('Het aantal downloads', 0),
        },
      ],
    },
    {
      name: 'authors',
      type: 'array',
      label: { en: 'Authors', nl: 'Auteurs' },
      labels: { plural: { en: 'Authors', nl: 'Auteurs' }, singular: { en: 'Author', nl: 'Auteur' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: { en: 'Name', nl: 'Naam' }, required: true },
            { name: 'person', type: 'relationship', label: { en: 'Person', nl: 'Persoon' }, relationTo: slugs.people },
          ],
        },
      ],
    },
    { name: 'summary', type: 'textarea', label: { en: 'Summary', nl: 'Samenvatting' } },
    {
      type: 'row',
      fields: [
        { name: 'file', type: 'upload', label: { en: 'File', nl: 'Bestand' }, relationTo: slugs.files },
        urlField('url', { en: 'Link', nl: 'Link' }),
      ],
    },
    { name: 'cover', type: 'upload', label: { en: 'Cover', nl: 'Omslag' }, relationTo: slugs.media },
    seoFields(),
  ],
}
