import type { CollectionBeforeChangeHook } from 'payload'

import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { pickerTitleOf } from '../collections/pickerTitle.ts'
import { normalizeRecordId } from '../engine/index.ts'

/** What the record picker shows and searches: dataset, key, label and the formatted value. */
export const setPickerTitleBeforeChange =
  (options: SanitizedKeyFiguresOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data }
    const datasetId = normalizeRecordId(merged.dataset)
    let datasetSlug = ''
    if (datasetId !== undefined && datasetId !== null) {
      const dataset = await req.payload
        .findByID({
          collection: options.slugs.datasets,
          id: datasetId as number | string,
          depth: 0,
          disableErrors: true,
          draft: true,
          overrideAccess: true,
          req,
          select: { slug: true },
        })
        .catch(() => null)
      datasetSlug = (dataset as { slug?: string } | null)?.slug ?? ''
    }
    data.pickerTitle = pickerTitleOf(datasetSlug, merged)
    return data
  }
