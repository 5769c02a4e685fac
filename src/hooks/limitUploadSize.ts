import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

import { ValidationError } from 'payload'

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`

/**
 * Refuses an upload larger than `maxBytes` before anything is written to disk or database.
 * Payload's global `upload.limits.fileSize` truncates silently; this names the file and the limit.
 */
export const limitUploadSize =
  <TSlug extends CollectionSlug>(maxBytes: number): CollectionBeforeOperationHook<TSlug> =>
  ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (file && file.size > maxBytes) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            message: `Bestand "${file.name}" is ${megabytes(file.size)}; het maximum is ${megabytes(maxBytes)}.`,
            path: 'file',
          },
        ],
        req,
      })
    }
    return args
  }
