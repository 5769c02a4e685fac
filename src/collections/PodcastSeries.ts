import type { CollectionConfig } from 'payload'

import { seoFields } from '../fields/seo'
import { slugField } from '../fields/slug'
import { urlField } from '../fields/url'
import { draftVersions, editorialAccess, labels } from './shared'
import { slugs } from './slugs'

export const PodcastSeries: CollectionConfig<'podcast-series'> = {
  slug: slugs.podcastSeries,
  graphQL: { pluralName: 'AllPodcastSeries', singularName: 'PodcastSeries' },
  typescript: { interface: 'PodcastSeries' },
  labels: labels({ en: 'Podcast series', nl: 'Podcastreeks' }, { en: 'Podcast series', nl: 'Podcastreeksen' }),
  admin: {
    defaultColumns: ['title', 'producer', '_status'],
    group: { en: 'Content', nl: 'Inhoud' },
    useAsTitle: 'title',
  },
  access: editorialAccess,
  versions: draftVersions,
  fields: [
    { name: 'title', type: 'text', label: { en: 'Title', nl: 'Titel' }, required: true },
    slugField(),
    { name: 'description', type: 'textarea', label: { en: 'Description', nl: 'Omschrijving' } },
    { name: 'producer', type: 'text', label: { en: 'Producer', nl: 'Producent' } },
    urlField('platformUrl', { en: 'Platform link', nl: 'Link naar platform' }),
    { name: 'cover', type: 'upload', label: { en: 'Cover', nl: 'Hoes' }, relationTo: slugs.media },
    {
      name: 'episodes',
      type: 'join',
      label: { en: 'Episodes', nl: 'Afleveringen' },
      collection: slugs.podcastEpisodes,
      on: 'series',
      defaultSort: 'number',
    },
    seoFields(),
  ],
}
