import type { CollectionConfig } from 'payload'

import { seoFields } from '../fields/seo'
import { slugField } from '../fields/slug'
import { urlField } from '../fields/url'
import { wholeNumber } from '../fields/validators'
import { draftVersions, editorialAccess, labels } from './shared'
import { slugs } from './slugs'

export const PodcastEpisodes: CollectionConfig<'podcast-episodes'> = {
  slug: slugs.podcastEpisodes,
  graphQL: { pluralName: 'PodcastEpisodes', singularName: 'PodcastEpisode' },
  labels: labels({ en: 'Podcast episode', nl: 'Podcastaflevering' }, { en: 'Podcast episodes', nl: 'Podcastafleveringen' }),
  admin: {
    defaultColumns: ['number', 'title', 'series', '_status'],
    group: { en: 'Content', nl: 'Inhoud' },
    useAsTitle: 'title',
  },
  access: editorialAccess,
  versions: draftVersions,
  defaultSort: 'number',
  fields: [
    { name: 'title', type: 'text', label: { en: 'Title', nl: 'Titel' }, required: true },
    slugField({ uniqueWithin: ['series'] }),
    {
      type: 'row',
      fields: [
        {
          name: 'series',
          type: 'relationship',
          label: { en: 'Series', nl: 'Reeks' },
          relationTo: slugs.podcastSeries,
          required: true,
          index: true,
        },
        {
          name: 'number',
          type: 'number',
          label: { en: 'Episode number', nl: 'Afleveringsnummer' },
          min: 1,
          validate: wholeNumber('Het afleveringsnummer', 1),
        },
      ],
    },
    { name: 'lead', type: 'textarea', label: { en: 'Lead', nl: 'Inleiding' }, maxLength: 600 },
    { name: 'description', type: 'textarea', label: { en: 'Description', nl: 'Omschrijving' } },
    {
      name: 'guests',
      type: 'array',
      label: { en: 'Guests', nl: 'Gasten' },
      labels: { plural: { en: 'Guests', nl: 'Gasten' }, singular: { en: 'Guest', nl: 'Gast' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: { en: 'Name', nl: 'Naam' }, required: true },
            { name: 'organisation', type: 'text', label: { en: 'Organisation', nl: 'Organisatie' } },
          ],
        },
      ],
    },
    {
      name: 'recordedLive',
      type: 'group',
      label: { en: 'Recorded live at', nl: 'Live opgenomen op' },
      admin: { description: { en: 'Leave empty for a studio recording.', nl: 'Leeg laten bij een studio-opname.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'event', type: 'text', label: { en: 'Event', nl: 'Evenement' } },
            {
              name: 'date',
              type: 'date',
              label: { en: 'Date', nl: 'Datum' },
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'publishedAt',
          type: 'date',
          label: { en: 'Published at', nl: 'Verschenen op' },
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
        },
        urlField('audioUrl', { en: 'Audio link', nl: 'Link naar audio' }),
      ],
    },
    {
      name: 'practices',
      type: 'relationship',
      label: { en: 'Practices', nl: 'Praktijken' },
      relationTo: slugs.practices,
      hasMany: true,
    },
    seoFields(),
  ],
}
