import type { Payload } from 'payload'

import type { DatasetRecord, Report } from '../../src/payload-types'

import { publishDocument } from './publish'

type RecordSpec = { key: string; label: string; value: string; unit: DatasetRecord['unit'] }

/** A dataset with its records, created through the Local API; returns the records by key. */
export const createDataset = async (
  payload: Payload,
  { published = true, records, slug, title = slug }: { slug: string; title?: string; published?: boolean; records: RecordSpec[] },
) => {
  const dataset = await payload.create({
    collection: 'datasets',
    data: { _status: published ? 'published' : 'draft', period: '2024', slug, source: 'test', title },
    draft: !published,
  })
  const byKey: Record<string, DatasetRecord> = {}
  for (const spec of records) {
    byKey[spec.key] = await payload.create({ collection: 'dataset-records', data: { ...spec, dataset: dataset.id } })
  }
  return { dataset, records: byKey }
}

/** A Lexical paragraph with text and inline key figures, the way the admin stores it. */
export const paragraphWithFigures = (parts: (string | Record<string, unknown>)[]) => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: parts.map((part) =>
          typeof part === 'string'
            ? { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: part, version: 1 }
            : { type: 'inlineBlock', fields: { blockName: '', blockType: 'keyFigure', id: `fig${Math.random().toString(16).slice(2, 10)}`, ...part }, version: 1 },
        ),
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        version: 1,
      },
    ],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})

/** The published report most figure tests hang their chapters on (section `cijfers`). */
export const createReport = (payload: Payload): Promise<Report> =>
  publishDocument<Report>(payload, 'reports', {
    data: { organisation: 'Socius', sections: [{ key: 'cijfers', title: '2024 in cijfers' }], slug: 'jaarverslag-2024', title: 'Jaarverslag 2024', year: 2024 },
  })

/** A `keyFigures` row bound to one record. */
export const recordFigure = (label: string, shown: string, unit: DatasetRecord['unit'], record: DatasetRecord) => ({
  label,
  operation: 'record' as const,
  record: record.id,
  shown,
  unit,
})

/** A `keyFigures` row derived from ordered records. */
export const derivedFigure = (
  label: string,
  shown: string,
  unit: DatasetRecord['unit'],
  operation: 'average' | 'difference' | 'percentage' | 'ratio' | 'sum',
  operands: DatasetRecord[],
  rounding: 'half-up' | 'tolerant' = 'tolerant',
) => ({ label, operands: operands.map((record) => record.id), operation, rounding, shown, unit })
