import type { CollectionConfig } from 'payload'

import { isAuthorOrAbove, isEditor, isEditorOrAttachedBy, publishedOrLoggedIn } from '../access'
import { seoFields } from '../fields/seo'
import { slugField } from '../fields/slug'
import { urlField } from '../fields/url'
import { setAttachedBy } from '../hooks/setAttachedBy'
import { draftVersions, labels } from './shared'
import { slugs } from './slugs'

export const recognitions = [
  { label: { en: 'Recognised', nl: 'Erkend' }, value: 'erkend' },
  { label: { en: 'Not recognised', nl: 'Niet-erkend' }, value: 'niet-erkend' },
  { label: { en: 'Unknown', nl: 'Onbekend' }, value: 'onbekend' },
]

export const practiceFormats = [
  { label: { en: 'Video', nl: 'Video' }, value: 'video' },
  { label: { en: 'Podcast', nl: 'Podcast' }, value: 'podcast' },
  { label: { en: 'Article', nl: 'Artikel' }, value: 'artikel' },
  { label: { en: 'Training offer', nl: 'Vormingsaanbod' }, value: 'vormingsaanbod' },
  { label: { en: 'Video diary', nl: 'Videodagboek' }, value: 'videodagboek' },
]

/** "Praktijken": initiatives from the field that chapters and articles point to. */
export const Practices: CollectionConfig<'practices'> = {
  slug: slugs.practices,
  graphQL: { pluralName: 'Practices', singularName: 'Practice' },
  labels: labels({ en: 'Practice', nl: 'Praktijk' }, { en: 'Practices', nl: 'Praktijken' }),
  admin: {
    defaultColumns: ['name', 'organisation', 'recognition', 'formats', '_status'],
    group: { en: 'Content', nl: 'Inhoud' },
    useAsTitle: 'name',
  },
  access: {
    create: isAuthorOrAbove,
    delete: isEditor,
    read: publishedOrLoggedIn,
    readVersions: isAuthorOrAbove,
    update: isEditorOrAttachedBy,
  },
  versions: draftVersions,
  hooks: {
    beforeChange: [setAttachedBy],
  },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', nl: 'Naam' }, required: true },
    slugField({ from: 'name' }),
    { name: 'organisation', type: 'text', label: { en: 'Organisation', nl: 'Organisatie' } },
    {
      type: 'row',
      fields: [
        {
          name: 'recognition',
          type: 'select',
          label: { en: 'Recognition', nl: 'Erkenning' },
          options: recognitions,
          defaultValue: 'onbekend',
          required: true,
          index: true,
        },
        {
          name: 'formats',
          type: 'select',
          label: { en: 'Formats', nl: 'Formats' },
          options: practiceFormats,
          hasMany: true,
        },
      ],
    },
    { name: 'description', type: 'textarea', label: { en: 'Description', nl: 'Omschrijving' } },
    {
      type: 'row',
      fields: [
        urlField('url', { en: 'Website', nl: 'Website' }),
        { name: 'region', type: 'text', label: { en: 'Municipality or region', nl: 'Gemeente of regio' } },
      ],
    },
    {
      name: 'attachedBy',
      type: 'relationship',
      label: { en: 'Attached by', nl: 'Toegevoegd door' },
      relationTo: slugs.users,
      index: true,
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    seoFields(),
  ],
}
