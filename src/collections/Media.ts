import type { CollectionConfig } from 'payload'

import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { anyone, isAuthorOrAbove, isEditor } from '../access'
import { checkUploadContentBeforeOperation } from '../hooks/checkUploadContentBeforeOperation'
import { limitUploadSize } from '../hooks/limitUploadSize'
import { uploadResponseHeaders } from '../uploads/uploadContent'
import { labels } from './shared'
import { slugs } from './slugs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export const MEDIA_MAX_BYTES = 10 * 1024 * 1024

export const Media: CollectionConfig<'media'> = {
  slug: slugs.media,
  graphQL: { pluralName: 'AllMedia', singularName: 'Media' },
  labels: labels({ en: 'Image', nl: 'Afbeelding' }, { en: 'Images', nl: 'Afbeeldingen' }),
  admin: {
    defaultColumns: ['filename', 'alt', 'credit'],
    group: { en: 'Files', nl: 'Bestanden' },
    useAsTitle: 'alt',
  },
  access: {
    create: isAuthorOrAbove,
    delete: isEditor,
    read: anyone,
    update: isEditor,
  },
  hooks: {
    beforeOperation: [limitUploadSize(MEDIA_MAX_BYTES), checkUploadContentBeforeOperation()],
  },
  upload: {
    modifyResponseHeaders: ({ headers }) => uploadResponseHeaders(headers),
    staticDir: process.env.MEDIA_DIR || path.resolve(dirname, '../../uploads/media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 960 },
      { name: 'wide', width: 1920 },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { en: 'Alternative text', nl: 'Alternatieve tekst' },
      required: true,
      admin: { description: { en: 'What the image shows, for screen readers.', nl: 'Wat de afbeelding toont, voor schermlezers.' } },
    },
    { name: 'caption', type: 'textarea', label: { en: 'Caption', nl: 'Onderschrift' } },
    {
      name: 'credit',
      type: 'text',
      label: { en: 'Credit', nl: 'Fotocredit' },
      admin: { placeholder: '© Mieke Vasseur' },
    },
  ],
}
