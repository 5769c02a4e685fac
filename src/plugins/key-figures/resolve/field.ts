import type { JSONField } from 'payload'

/** The name of the virtual field, on `keyFigures` rows and in inline figure fields. */
export const RESOLVED_FIELD = 'resolved'

/** Set on `req.context` (or pass as `context`) to read figure documents without `resolved`. */
export const SKIP_FIGURE_RESOLVE = 'keyFigures:skipResolve'

const datasetSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'slug', 'period'],
  properties: { period: { type: ['string', 'null'] }, slug: { type: 'string' }, title: { type: 'string' } },
} as const

const resolvedSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['label', 'shown', 'value', 'unit', 'formatted', 'matches', 'source', 'verifiedAt', 'datasetVersion'],
  properties: {
    label: { type: 'string' },
    shown: { type: 'string' },
    value: { type: ['string', 'null'] },
    unit: { type: ['string', 'null'], enum: ['count', 'percent', 'score', 'duration', 'euro', 'decimal', null] },
    formatted: { type: ['string', 'null'] },
    matches: { type: 'boolean' },
    source: {
      type: 'object',
      additionalProperties: false,
      required: ['operation', 'dataset', 'records'],
      properties: {
        operation: { type: ['string', 'null'], enum: ['record', 'sum', 'difference', 'percentage', 'ratio', 'average', 'change', 'growth', 'series', null] },
        dataset: {
          oneOf: [
            { type: 'null' },
            datasetSchema,
            { type: 'array', items: datasetSchema },
          ],
        },
        records: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['key', 'label', 'value'],
            properties: { key: { type: 'string' }, label: { type: 'string' }, value: { type: 'string' } },
          },
        },
      },
    },
    verifiedAt: { type: ['string', 'null'] },
    datasetVersion: { type: ['number', 'null'] },
    periods: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['values', 'comparedWith'],
          properties: {
            comparedWith: { type: ['string', 'null'] },
            values: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['period', 'value'],
                properties: { period: { type: 'string' }, value: { type: 'string' } },
              },
            },
          },
        },
      ],
    },
  },
} as const

/**
 * The figure as a front-end needs it, computed on every read (REST, GraphQL, Local API) and
 * never stored: `virtual` keeps it out of the database schema.
 */
export const resolvedField = (): JSONField => ({
  name: RESOLVED_FIELD,
  type: 'json',
  virtual: true,
  label: { en: 'Resolved figure', nl: 'Opgezocht cijfer' },
  access: { create: () => false, update: () => false },
  admin: {
    // Never shown, never written. The false condition also makes Payload skip this field's
    // validation on every save: even a validation that accepts everything is handed a deep merge
    // of the whole document, twice, and with one `resolved` per figure that was about 4 ms of a
    // 50-figure publish (bench/README.md).
    condition: () => false,
    hidden: true,
    readOnly: true,
  },
  typescriptSchema: [
    ({ jsonSchema }) => ({
      ...jsonSchema,
      ...(resolvedSchema as object),
      // Nullable: absent when the row was read without its binding or with the skip flag.
      type: ['object', 'null'],
    }),
  ],
})

