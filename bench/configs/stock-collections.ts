import type { CollectionConfig, Field } from 'payload'

import { FIGURE_UNITS, OPERATIONS } from '@jaarverslag/key-figures/engine'

/**
 * What the plugin adds, written out by hand for stock Payload: the figures array, datasets and
 * records with the same fields, and no hooks, no gate, no custom validation.
 */
export const keyFigures: Field = {
  name: 'keyFigures',
  type: 'array',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'shown', type: 'text', required: true },
        { name: 'unit', type: 'select', required: true, defaultValue: 'count', options: [...FIGURE_UNITS] },
      ],
    },
    { name: 'operation', type: 'select', required: true, defaultValue: 'record', options: ['record', ...OPERATIONS] },
    { name: 'record', type: 'relationship', relationTo: 'dataset-records' as never },
    { name: 'operands', type: 'relationship', relationTo: 'dataset-records' as never, hasMany: true },
    { name: 'rounding', type: 'select', defaultValue: 'tolerant', options: ['tolerant', 'half-up'] },
  ],
}

export const datasets: CollectionConfig = {
  slug: 'datasets',
  admin: { useAsTitle: 'title' },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'slug', type: 'text', required: true, unique: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'period', type: 'text' },
        { name: 'source', type: 'text' },
      ],
    },
    { name: 'description', type: 'textarea' },
    {
      name: 'footingRules',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'total', type: 'relationship', relationTo: 'dataset-records' as never, required: true },
        { name: 'parts', type: 'relationship', relationTo: 'dataset-records' as never, hasMany: true, required: true },
      ],
    },
    { name: 'records', type: 'join', collection: 'dataset-records' as never, on: 'dataset', defaultLimit: 50, defaultSort: 'key' },
  ],
  versions: { drafts: true, maxPerDoc: 50 },
}

export const datasetRecords: CollectionConfig = {
  slug: 'dataset-records',
  admin: { useAsTitle: 'pickerTitle' },
  fields: [
    { name: 'dataset', type: 'relationship', relationTo: 'datasets' as never, required: true, index: true },
    { name: 'key', type: 'text', required: true, index: true },
    { name: 'label', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'value', type: 'text', required: true },
        { name: 'unit', type: 'select', required: true, defaultValue: 'count', options: [...FIGURE_UNITS] },
      ],
    },
    { name: 'notes', type: 'textarea' },
    { name: 'pickerTitle', type: 'text', admin: { hidden: true } },
  ],
  indexes: [{ fields: ['dataset', 'key'], unique: true }],
}

/**
 * The fields the plugin keeps on each document besides the figures (`figureCheck`, and
 * `referencedRecords` for the records of inline figures only), for the profiling config only.
 */
export const pluginStoredFields: Field[] = [
  {
    name: 'figureCheck',
    type: 'group',
    fields: [
      { name: 'status', type: 'select', defaultValue: 'unchecked', index: true, options: ['ok', 'mismatch', 'stale', 'unchecked'] },
      { name: 'checkedAt', type: 'date' },
      { name: 'figures', type: 'number' },
      { name: 'findings', type: 'json' },
    ],
  },
  { name: 'referencedRecords', type: 'relationship', relationTo: 'dataset-records' as never, hasMany: true, index: true },
]
