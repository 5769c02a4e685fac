import type { JSONField } from 'payload'

/** The name of the virtual field on records that answers a save with its failing footing rules. */
export const FOOTING_FIELD = 'footing'

/**
 * Filled only in the answer to a save that changed the record's value (REST, GraphQL, Local
 * API): the footing rules that use the record and no longer add up, as findings; `[]` when every
 * such rule holds. Never stored, never written; absent on reads.
 */
export const footingField = (): JSONField => ({
  name: FOOTING_FIELD,
  type: 'json',
  virtual: true,
  label: { en: 'Footing after this change', nl: 'Voettellingen na deze wijziging' },
  access: { create: () => false, update: () => false },
  admin: { condition: () => false, hidden: true, readOnly: true },
  typescriptSchema: [
    () => ({
      type: ['array', 'null'],
      items: {
        type: 'object',
        additionalProperties: true,
        required: ['kind', 'label', 'shownValue', 'expectedValue', 'message'],
        properties: {
          kind: { type: 'string', enum: ['footing'] },
          label: { type: 'string' },
          path: { type: 'string' },
          shown: { type: 'string' },
          expected: { type: ['string', 'null'] },
          shownValue: { type: ['string', 'null'] },
          expectedValue: { type: ['string', 'null'] },
          message: { type: 'object', required: ['nl', 'en'], properties: { en: { type: 'string' }, nl: { type: 'string' } } },
        },
      },
    }),
  ],
})
