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

export const FILES_MAX_BYTES = 25 * 1024 * 1024

export const Files: CollectionConfig<'files'> = {
  slug: slugs.files,
  graphQL: { pluralName: 'Files', singularName: 'File' },
  labels: labels({ en: 'File', nl: 'Bestand' }, { en: 'Files', nl: 'Bestanden' }),
  admin: {
    defaultColumns: ['title', 'filename', 'mimeType'],
    group: { en: 'Files', nl: 'Bestanden' },
    useAsTitle: 'title',
  },
  access: {
    create: isAuthorOrAbove,
    delete: isEditor,
    read: anyone,
    update: isEditor,
  },
  hooks: {
    beforeOperation: [limitUploadSize(FILES_MAX_BYTES), checkUploadContentBeforeOperation()],
  },
  upload: {
    modifyResponseHeaders: ({ headers }) => uploadResponseHeaders(headers),
    staticDir: process.env.FILES_DIR || path.resolve(dirname, '../../uploads/files'),
    mimeTypes: [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv',
    ],
  },
  fields: [
    { name: 'title', type: 'text', label: { en: 'Title', nl: 'Titel' }, required: true },
    { name: 'description', type: 'textarea', label: { en: 'Description', nl: 'Omschrijving' } },
  ],
}
