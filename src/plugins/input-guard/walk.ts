import type { FlattenedBlock, FlattenedField } from 'payload'

export type Row = Record<string, unknown>

/** One submitted value: the field it belongs to, its value and its path in the document (`keyFigures.2.label`). */
export type Visit = {
  field: FlattenedField
  value: unknown
  path: string
  /** The object that holds the value (the document, a group or an array row). */
  container: Row
}

export const isPlainObject = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const blockOf = (field: Extract<FlattenedField, { type: 'blocks' }>, blockType: unknown): FlattenedBlock | undefined =>
  typeof blockType === 'string'
    ? [...(field.blocks ?? []), ...((field.blockReferences ?? []).filter((block) => typeof block !== 'string') as FlattenedBlock[])].find(
        (block) => block.slug === blockType,
      )
    : undefined

/**
 * Every value `data` submits for `fields` (Payload's sanitized `flattenedFields`), depth first:
 * named groups and tabs, array rows and block rows are entered when their value has the right
 * shape. Fields absent from `data` are not visited (an update changes only what it sends); join
 * and virtual fields hold nothing to write and are skipped.
 */
export function* walkData(fields: readonly FlattenedField[], data: Row, prefix = ''): Generator<Visit> {
  for (const field of fields) {
    if (field.type === 'join' || ('virtual' in field && field.virtual)) continue
    if (!('name' in field) || !field.name || !(field.name in data)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    yield { container: data, field, path, value }
    switch (field.type) {
      case 'group':
      case 'tab':
        if (isPlainObject(value)) yield* walkData(field.flattenedFields, value, `${path}.`)
        break
      case 'array':
        if (Array.isArray(value)) {
          for (const [index, row] of value.entries()) if (isPlainObject(row)) yield* walkData(field.flattenedFields, row, `${path}.${index}.`)
        }
        break
      case 'blocks':
        if (Array.isArray(value)) {
          for (const [index, row] of value.entries()) {
            const block = isPlainObject(row) ? blockOf(field, row.blockType) : undefined
            if (block && isPlainObject(row)) yield* walkData(block.flattenedFields, row, `${path}.${index}.`)
          }
        }
        break
    }
  }
}
