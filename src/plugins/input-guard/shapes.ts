import type { FlattenedField } from 'payload'

import type { CheckContext, IdType, Message } from './types'

import { count, expected, nestingDepth } from './describe'
import { richTextProblems } from './lexical'
import { isPlainObject } from './walk'

const TEXT: Message = { en: 'text', nl: 'tekst' }
const NUMBER: Message = { en: 'a number', nl: 'een getal' }
const BOOLEAN: Message = { en: 'true or false', nl: 'true of false' }
const DATE: Message = { en: 'a date (ISO 8601, e.g. 2024-05-01)', nl: 'een datum (ISO 8601, bv. 2024-05-01)' }
const OBJECT: Message = { en: 'an object', nl: 'een object' }
const LIST: Message = { en: 'a list', nl: 'een lijst' }
const POINT: Message = { en: 'a point [longitude, latitude]', nl: 'een punt [lengtegraad, breedtegraad]' }

const isEmpty = (value: unknown) => value === null || value === undefined

/** The admin sends an array or blocks field without rows as its row count; Payload reads 0 as no rows. */
const isNoRows = (value: unknown) => value === 0 || value === '0'

/** A number, or text a form would send for one (`"2024"`); empty text means no value. */
const isNumberLike = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && (value.trim() === '' || Number.isFinite(Number(value))))

const isDateLike = (value: unknown) =>
  (value instanceof Date && !Number.isNaN(value.getTime())) || (typeof value === 'string' && (value === '' || !Number.isNaN(Date.parse(value))))

/** An id of a document of a collection with this id type; numbers may come as digits in text (forms do that). */
export const idFits = (value: unknown, idType: IdType): boolean => {
  if (idType === 'number') return (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^\d{1,15}$/.test(value))
  return typeof value === 'string' && value.length > 0 && value.length <= 200
}

const optionValues = (field: { options?: unknown }): string[] =>
  Array.isArray(field.options) ? field.options.map((option) => (typeof option === 'string' ? option : String((option as { value: unknown }).value))) : []

type Relationship = Extract<FlattenedField, { type: 'relationship' | 'upload' }>

/** The collection and id a relationship value points to, or why it cannot point anywhere. */
export const relationTarget = (field: Relationship, item: unknown, idTypeOf: CheckContext['idTypeOf']): { collection: string; id: number | string } | Message => {
  let collection: string | undefined
  let id: unknown
  if (Array.isArray(field.relationTo)) {
    if (!isPlainObject(item) || typeof item.relationTo !== 'string' || !('value' in item)) {
      return expected({ en: 'an object { relationTo, value }', nl: 'een object { relationTo, value }' }, item)
    }
    if (!(field.relationTo as string[]).includes(item.relationTo)) {
      return { en: `"${item.relationTo}" is not one of ${field.relationTo.join(', ')}`, nl: `"${item.relationTo}" is geen van ${field.relationTo.join(', ')}` }
    }
    collection = item.relationTo
    id = isPlainObject(item.value) ? item.value.id : item.value
  } else {
    collection = field.relationTo
    // A document sent back as it was read (depth >= 1) stands for its id.
    id = isPlainObject(item) ? item.id : item
  }
  const idType = idTypeOf(collection)
  if (!idFits(id, idType)) {
    const what = idType === 'number' ? { en: 'a whole number', nl: 'een geheel getal' } : { en: 'text', nl: 'tekst' }
    const shown = typeof id === 'string' ? `"${id.slice(0, 40)}"` : JSON.stringify(id)?.slice(0, 40)
    return { en: `${shown} is not the id of a document in ${collection} (expected ${what.en})`, nl: `${shown} is geen id van een document in ${collection} (verwacht ${what.nl})` }
  }
  return { collection, id: idType === 'number' ? Number(id) : (id as string) }
}

const asList = (field: { hasMany?: boolean }, value: unknown): { items: unknown[] } | { problem: Message } => {
  if (!field.hasMany) return { items: [value] }
  return Array.isArray(value) ? { items: value } : { problem: expected(LIST, value) }
}

/**
 * What is wrong with one submitted value for its field, before Payload or any hook touches it:
 * the JSON type the field stores (text, number, list, object, id of the related collection's
 * type), a select value among the options, text within `maxLength`, rich text as valid Lexical
 * JSON within its limits, and the field's `custom.validateOnEverySave` rule. These are the
 * checks whose failure would otherwise reach the database (a 500) or store junk in a draft,
 * because Payload skips field validation on draft saves. Empty values pass: required is a
 * publish rule.
 */
export const valueProblems = (field: FlattenedField, value: unknown, context: CheckContext): Message[] => {
  if (isEmpty(value)) return []
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code': {
      const list = asList(field as { hasMany?: boolean }, value)
      if ('problem' in list) return [list.problem]
      const problems: Message[] = []
      // A text field that reads numbers itself (a dataset record's value) takes a JSON number too.
      const acceptsNumbers = Boolean((field.custom as { acceptsNumbers?: boolean } | undefined)?.acceptsNumbers)
      for (const item of list.items) {
        if (acceptsNumbers && typeof item === 'number' && Number.isFinite(item)) continue
        if (typeof item !== 'string') {
          problems.push(expected(TEXT, item))
          continue
        }
        const max = 'maxLength' in field ? field.maxLength : undefined
        if (typeof max === 'number' && item.length > max) {
          problems.push({ en: `at most ${count(max)} characters (this is ${count(item.length)})`, nl: `hoogstens ${count(max)} tekens (dit zijn er ${count(item.length)})` })
          continue
        }
        const rule = (field.custom as { validateOnEverySave?: (value: string) => Message | string | true } | undefined)?.validateOnEverySave
        const verdict = rule ? rule(item) : true
        if (verdict !== true) problems.push(typeof verdict === 'string' ? { en: verdict, nl: verdict } : verdict)
      }
      return problems
    }
    case 'number': {
      const list = asList(field, value)
      if ('problem' in list) return [list.problem]
      return list.items.filter((item) => !isNumberLike(item)).map((item) => expected(NUMBER, item))
    }
    case 'checkbox':
      return typeof value === 'boolean' || value === 'true' || value === 'false' ? [] : [expected(BOOLEAN, value)]
    case 'date':
      return isDateLike(value) ? [] : [expected(DATE, value)]
    case 'select':
    case 'radio': {
      const list = asList(field as { hasMany?: boolean }, value)
      if ('problem' in list) return [list.problem]
      const options = optionValues(field)
      return list.items
        .filter((item) => typeof item !== 'string' || !options.includes(item))
        .map((item) => {
          const shown = typeof item === 'string' ? `"${item.slice(0, 40)}"` : JSON.stringify(item)?.slice(0, 40)
          return { en: `${shown} is not one of: ${options.join(', ')}`, nl: `${shown} is geen van: ${options.join(', ')}` }
        })
    }
    case 'relationship':
    case 'upload': {
      const list = asList(field, value)
      if ('problem' in list) return [list.problem]
      return list.items.filter((item) => !isEmpty(item)).flatMap((item) => {
        const target = relationTarget(field, item, context.idTypeOf)
        return 'collection' in target ? [] : [target]
      })
    }
    case 'point':
      return Array.isArray(value) && value.length === 2 && value.every(isNumberLike) ? [] : [expected(POINT, value)]
    case 'json':
      return nestingDepth(value, context.maxJsonDepth) > context.maxJsonDepth
        ? [{ en: `nested too deep: at most ${context.maxJsonDepth} levels`, nl: `te diep genest: hoogstens ${context.maxJsonDepth} niveaus` }]
        : []
    case 'richText':
      return richTextProblems(value, { limits: context.richText, nodeTypes: context.richTextNodeTypes?.(field) })
    case 'array':
      if (isNoRows(value)) return []
      if (!Array.isArray(value)) return [expected(LIST, value)]
      return value.some((row) => !isPlainObject(row)) ? [{ en: 'every row must be an object', nl: 'elke rij moet een object zijn' }] : []
    case 'blocks': {
      if (isNoRows(value)) return []
      if (!Array.isArray(value)) return [expected(LIST, value)]
      const known = [...(field.blocks ?? []), ...(field.blockReferences ?? [])].map((block) => (typeof block === 'string' ? block : block.slug))
      return value.some((row) => !isPlainObject(row) || typeof row.blockType !== 'string' || !known.includes(row.blockType))
        ? [{ en: `every row must be an object with a blockType among: ${known.join(', ')}`, nl: `elke rij moet een object met een blockType uit ${known.join(', ')} zijn` }]
        : []
    }
    case 'group':
    case 'tab':
      return isPlainObject(value) ? [] : [expected(OBJECT, value)]
    default:
      return []
  }
}
