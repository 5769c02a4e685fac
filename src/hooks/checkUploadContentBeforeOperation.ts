import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

import { fileTypeFromBuffer } from 'file-type'
import { readFile } from 'node:fs/promises'
import { ValidationError } from 'payload'

import { languageOf } from '../config/language'
import { judgeUploadContent } from '../uploads/uploadContent'

/**
 * Refuses an upload whose content is not what the collection accepts, whatever its name and
 * claimed type say (HTML named .csv, a zip named .docx, a PDF named .png), before anything is
 * written; an accepted file is stored with the type its content was checked as.
 */
export const checkUploadContentBeforeOperation =
  <TSlug extends CollectionSlug>(): CollectionBeforeOperationHook<TSlug> =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    const bytes = file.data?.length ? file.data : file.tempFilePath ? await readFile(file.tempFilePath) : Buffer.alloc(0)
    const allowed = (typeof collection.upload === 'object' && collection.upload.mimeTypes) || []
    const verdict = judgeUploadContent({
      allowed,
      bytes,
      detected: await fileTypeFromBuffer(bytes),
      filename: file.name,
    })
    if (!verdict.ok) {
      throw new ValidationError({ collection: collection.slug, errors: [{ message: verdict.message[languageOf(req)], path: 'file' }], req })
    }
    file.mimetype = verdict.mimeType
    return args
  }
