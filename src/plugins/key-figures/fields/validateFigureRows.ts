import type { ArrayField, Field, PayloadRequest, Validate, ValidationFieldError } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { ValidationError, validations } from 'payload'

type Row = Record<string, unknown>
type DataField = Extract<Field, { name: string }>
type ValidateOptions = Parameters<Validate>[1] & {
  fields?: Field[]
  label?: unknown
  path?: (number | string)[]
  req: PayloadRequest
}

/**
 * The figure rows' own fields carry `validate: false`, and the `keyFigures` array validates them
 * all in one pass instead.
 *
 * Why: before each field's validation Payload deep-merges the whole document with the incoming
 * data, twice (`fields/hooks/beforeChange/promise.js`), so a 50-figure document paid about 300
 * such pairs for its rows' six validated fields: 7.0 ms of a publish, measured within one process
 * (`npm run bench:ab -- rows-validated-per-field`, bench/README.md). The checks themselves are Payload's
 * own (`validations.text`, `.select`, `.relationship`, `.json`), with the same options and
 * messages, run exactly when Payload would run them: the array's validation runs on every save
 * Payload validates (not on drafts, unless the collection validates drafts), and a row field
 * whose `admin.condition` fails is skipped, as Payload skips it.
 *
 * What differs: the errors of the rows come as one `ValidationError` naming each field
 * (`keyFigures.3.label`), thrown from the array's validation, so a save with invalid rows and
 * another invalid field reports the rows first and the other field on the next attempt. In the
 * admin, the form's live check (`event: 'onChange'`) of these fields is left out; the publish
 * answers with the same messages on the same fields.
 */
export const withoutFieldValidation = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (!('name' in field)) return 'fields' in field ? ({ ...field, fields: withoutFieldValidation(field.fields) } as Field) : field
    if (field.type === 'ui' || ('virtual' in field && field.virtual) || 'validate' in field) return field
    // `false`, not `undefined`: Payload gives a field with no `validate` its default check.
    return { ...field, validate: false } as unknown as Field
  })

/** The row's data fields whose check this module runs (`validate: false`), through rows and collapsibles. */
const rowFieldsToCheck = (fields: Field[]): DataField[] =>
  fields.flatMap((field): DataField[] => {
    if (!('name' in field)) return 'fields' in field ? rowFieldsToCheck(field.fields) : []
    return (field as { validate?: unknown }).validate === false && field.type in validations ? [field as DataField] : []
  })

const labelOf = (label: unknown, fallback: string, req: PayloadRequest): string => {
  const text = label && typeof label === 'object' ? getTranslation(label as Record<string, string>, req.i18n) : typeof label === 'string' ? label : fallback
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** `validate` of the `keyFigures` array: Payload's array check, then, on a save, every row's fields. */
export const validateFigureRows = async (value: unknown, options: ValidateOptions): Promise<string | true> => {
  const own = validations.array(value as never, options as never)
  if (own !== true) return own
  if (options.event !== 'submit' || !Array.isArray(value) || value.length === 0) return true

  const { req } = options
  const fields = rowFieldsToCheck(options.fields ?? [])
  const arrayPath = (options.path ?? ['keyFigures']).map(String)
  const arrayLabel = labelOf(options.label, arrayPath.at(-1) ?? '', req)
  const previousRows = Array.isArray(options.previousValue) ? (options.previousValue as Row[]) : []
  const errors: ValidationFieldError[] = []

  for (const [index, row] of (value as Row[]).entries()) {
    if (!row || typeof row !== 'object') continue
    const previousRow = previousRows.find((previous) => previous?.id !== undefined && previous.id === row.id)
    for (const field of fields) {
      const path = [...arrayPath, String(index), field.name]
      const condition = field.admin?.condition
      if (condition && !condition(options.data, row, { blockData: undefined as never, operation: options.operation ?? 'update', path, user: req.user })) continue
      const fieldValue = row[field.name]
      let jsonError: unknown
      if (field.type === 'json' && typeof fieldValue === 'string') {
        try {
          JSON.parse(fieldValue)
        } catch (error) {
          jsonError = error
        }
      }
      const check = validations[field.type as keyof typeof validations] as (value: unknown, options: unknown) => Promise<string | true> | string | true
      // The options Payload hands a field's validation (fields/hooks/beforeChange/promise.js), built
      // from the row field, not from the array's own options (which carry the array's props).
      const result = await check(fieldValue, {
        ...field,
        id: options.id,
        blockData: undefined,
        collectionSlug: options.collectionSlug,
        data: options.data,
        event: options.event,
        jsonError,
        operation: options.operation,
        overrideAccess: options.overrideAccess,
        path,
        preferences: options.preferences,
        previousValue: previousRow?.[field.name],
        req,
        siblingData: row,
      })
      if (typeof result === 'string') {
        errors.push({ label: `${arrayLabel} ${index + 1} > ${labelOf(field.label, field.name, req)}`, message: result, path: path.join('.') })
      }
    }
  }
  if (errors.length > 0) throw new ValidationError({ collection: options.collectionSlug, errors, id: options.id as never, req }, req.t)
  return true
}

/** The `keyFigures` array with its rows' fields checked by `validateFigureRows`. */
export const validatedInOnePass = (field: ArrayField): ArrayField => ({
  ...field,
  fields: withoutFieldValidation(field.fields),
  validate: validateFigureRows as never,
})
