import type { FieldHook } from 'payload'

import { ValidationError } from 'payload'

import { isFigureUnit, readRecordValue } from '../engine/index.ts'

const languageOf = (language: string | undefined): 'en' | 'nl' => (language === 'en' ? 'en' : 'nl')

/**
 * Reads what was given as a record's value with the engine's one reader (`readRecordValue`, the
 * same one the dataset import uses) and stores its exact decimal string: "1.552.000,00 €" becomes
 * "1552000.00", "-0" becomes "0". A value it cannot read ("1.540" is 1540 or 1.54) is refused with
 * a 400 on the field `value` that says why, on every path (admin, REST, GraphQL, Local API).
 *
 * Not read again: a value left as it is stored (a save that does not change it). The dataset
 * import reads its cells with the same reader and writes through the adapter, past this hook.
 */
export const readRecordValueBeforeValidate: FieldHook = ({ collection, originalDoc, path, previousValue, req, siblingData, value }) => {
  if (value === undefined || value === null) return value
  if (previousValue !== undefined && value === previousValue) return value
  const unit = siblingData?.unit ?? (originalDoc as { unit?: unknown } | undefined)?.unit
  const reading = readRecordValue(value, isFigureUnit(unit) ? unit : 'decimal')
  if (reading.ok) return reading.value
  throw new ValidationError({
    collection: collection?.slug,
    errors: [{ message: reading.reason[languageOf(req.i18n?.language)], path: path?.join('.') || 'value' }],
    req,
  })
}
