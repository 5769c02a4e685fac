import type { JSONField, RelationshipField } from 'payload'

/** Whether a stored value is there: not missing, not null, not an empty list. */
export const hasValue = (value: unknown): boolean => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)

/**
 * A hidden field that is empty on most documents (the server-kept `awaitedDatasets` and
 * `referencedRecords`, a figure's `awaitingData`), given an `admin.condition` that holds only
 * when the field has a value.
 *
 * Payload validates a field on save only when its condition holds, and hands each validation
 * a deep merge of the whole document, twice. An empty field has nothing to validate, so this
 * skips exactly that work. (A figure row's `awaitingData` is checked by the `keyFigures` array
 * in one pass, fields/validateFigureRows.ts, which honours the same condition.) A field that
 * holds a value, one a client sent included, is validated as before. The admin keeps the value
 * in its form state either way, and the fields are hidden there anyway.
 */
export const validateWhenSet = <T extends JSONField | RelationshipField>(field: T): T => ({
  ...field,
  admin: {
    ...field.admin,
    condition: (_data: unknown, siblingData: Record<string, unknown> | undefined) => hasValue(siblingData?.[field.name]),
  },
})
