import type { IdType, InputProblem, Message } from './types'

import { expected } from './describe'
import { idFits } from './shapes'
import { isPlainObject } from './walk'

/**
 * What a `where` path leads to, as far as the values it may be compared with go. Built by the
 * server from the collection's fields (server/whereResolver.ts); plain data here, so the rules
 * below are tested without Payload.
 */
export type WhereTarget = {
  /** The field type (`text`, `number`, `relationship`, ...), `id` for a document's id, `any` for what is not checked here (joins, paths inside JSON). */
  type: string
  label: Message
  hasMany?: boolean
  /** select and radio: the option values. */
  options?: readonly string[]
  /** id, relationship and upload: the id type of each collection the value may point to. */
  idTypes?: Readonly<Record<string, IdType>>
  /** A hasMany relationship: resolves the paths of a nested query (`{ contains: { name: { equals: 'x' } } }`) in the related collection. */
  nested?: WhereResolver
}

/** The target of a path as written in the `where` (`report`, `report.year`, `figureCheck__status`), or undefined when no readable field has that path. */
export type WhereResolver = (path: string) => WhereTarget | undefined

/** Payload's operators (`validOperators` in payload/shared), in the order a message lists them. */
export const WHERE_OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'within',
  'intersects',
  'near',
] as const

const EQUALITY = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ORDER = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const LIST_OPERATORS = new Set(['in', 'not_in'])

/**
 * The operators each field type can be queried with on every database this app runs on. Each was
 * tried with a fitting value on SQLite and PostgreSQL; what either answered with a 500 is left
 * out, so a query that works in development works in production too: `all` everywhere (the SQL
 * adapters do not implement it), `like`/`not_like`/`contains` on dates, selects, rich text and
 * JSON (PostgreSQL cannot ILIKE them), `contains` on a relationship to one document, and the
 * geographic operators on anything but a point. `like` on a number, id or relationship is an
 * equality (Payload turns it into `equals`), which the admin's list search sends for `id`.
 */
export const operatorsFor = (target: WhereTarget): readonly string[] => {
  const many = target.hasMany ? ['contains'] : []
  switch (target.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return [...EQUALITY, ...ORDER, 'like', 'not_like', 'contains']
    case 'number':
      return [...EQUALITY, ...ORDER, 'like', ...many]
    case 'date':
    case 'json':
    case 'richText':
      return [...EQUALITY, ...ORDER]
    case 'checkbox':
      return EQUALITY
    case 'select':
    case 'radio':
      return [...EQUALITY, ...many]
    case 'id':
    case 'relationship':
    case 'upload':
      return [...EQUALITY, ...ORDER, 'like', ...many]
    case 'point':
      return [...EQUALITY, ...ORDER, 'near', 'within', 'intersects']
    case 'any':
      return WHERE_OPERATORS
    default:
      // array, group, blocks, tab: their rows or fields are queried, not the container itself
      return []
  }
}

const TEXT: Message = { en: 'text', nl: 'tekst' }
const NUMBER: Message = { en: 'a number', nl: 'een getal' }
const BOOLEAN: Message = { en: 'true or false', nl: 'true of false' }
const DATE: Message = { en: 'a date (ISO 8601, e.g. 2024-05-01)', nl: 'een datum (ISO 8601, bv. 2024-05-01)' }
const LIST: Message = { en: 'a list (or values separated by commas)', nl: 'een lijst (of waarden gescheiden door komma’s)' }
const CONDITIONS: Message = { en: 'a list of conditions', nl: 'een lijst van voorwaarden' }
const OPERATORS: Message = { en: 'an object of operators, e.g. { "equals": ... }', nl: 'een object met operatoren, bv. { "equals": ... }' }
const POINT: Message = { en: 'a point "longitude,latitude[,maxDistance[,minDistance]]"', nl: 'een punt "lengtegraad,breedtegraad[,maxAfstand[,minAfstand]]"' }
const GEOJSON: Message = { en: 'a GeoJSON object { type, coordinates }', nl: 'een GeoJSON-object { type, coordinates }' }

/** No value: matches documents where the field is empty (the SQL adapters read the text "null" as null). */
const isNoValue = (value: unknown) => value === null || value === undefined || value === '' || value === 'null'

const shown = (value: unknown) => (typeof value === 'string' ? `"${value.slice(0, 40)}"` : String(JSON.stringify(value)).slice(0, 40))

const isNumeric = (value: unknown) => (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

const isDate = (value: unknown) => (value instanceof Date && !Number.isNaN(value.getTime())) || (typeof value === 'string' && !Number.isNaN(Date.parse(value)))

const isBoolean = (value: unknown) => typeof value === 'boolean' || (typeof value === 'string' && /^(true|false)$/i.test(value))

/** Why one value cannot be compared with the target, or null. */
const itemProblem = (target: WhereTarget, value: unknown): Message | null => {
  if (isNoValue(value)) return null
  switch (target.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? null : expected(TEXT, value)
    case 'number':
      return isNumeric(value) ? null : expected(NUMBER, value)
    case 'date':
      return isDate(value) ? null : expected(DATE, value)
    case 'checkbox':
      return isBoolean(value) ? null : expected(BOOLEAN, value)
    case 'select':
    case 'radio': {
      const options = target.options ?? []
      return typeof value === 'string' && options.includes(value)
        ? null
        : { en: `${shown(value)} is not one of: ${options.join(', ')}`, nl: `${shown(value)} is geen van: ${options.join(', ')}` }
    }
    case 'id':
    case 'relationship':
    case 'upload':
      return idProblem(target, value)
    default:
      return null
  }
}

const idProblem = (target: WhereTarget, value: unknown): Message | null => {
  const idTypes = target.idTypes ?? {}
  const collections = Object.keys(idTypes)
  // A polymorphic relationship takes { relationTo, value } too.
  if (isPlainObject(value) && collections.length > 1) {
    const collection = typeof value.relationTo === 'string' ? value.relationTo : undefined
    if (!collection || !(collection in idTypes)) {
      return { en: `relationTo must be one of ${collections.join(', ')}`, nl: `relationTo moet een van ${collections.join(', ')} zijn` }
    }
    return idFits(value.value, idTypes[collection]) ? null : notAnId(value.value, [collection], idTypes)
  }
  return collections.some((collection) => idFits(value, idTypes[collection])) ? null : notAnId(value, collections, idTypes)
}

/** Why `id` (a document id in a path, `/api/chapters/abc`) cannot be the id of a document in `collection`, or null. */
export const documentIdProblem = (id: unknown, collection: string, idType: IdType): Message | null =>
  idFits(id, idType) ? null : notAnId(id, [collection], { [collection]: idType })

const notAnId = (value: unknown, collections: string[], idTypes: Readonly<Record<string, IdType>>): Message => {
  const numbers = collections.every((collection) => idTypes[collection] === 'number')
  const what = numbers ? { en: 'a whole number', nl: 'een geheel getal' } : { en: 'text', nl: 'tekst' }
  const where = collections.join(', ')
  return { en: `${shown(value)} is not the id of a document in ${where} (expected ${what.en})`, nl: `${shown(value)} is geen id van een document in ${where} (verwacht ${what.nl})` }
}

/** The values of a list operator: a list, text with commas (REST), or one number. */
const listItems = (value: unknown): unknown[] | null => {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  if (typeof value === 'number' || value === null || value === undefined) return [value]
  return null
}

const pointProblem = (value: unknown): Message | null => {
  const parts = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : null
  return parts && parts.length >= 2 && parts.length <= 4 && parts.every(isNumeric) ? null : expected(POINT, value)
}

/** What is wrong with comparing `target` by `operator` with `value`; nested queries are returned to be checked by the caller. */
const conditionProblems = (target: WhereTarget, operator: string, value: unknown): { problems: Message[]; nested?: { where: Record<string, unknown>; resolve: WhereResolver } } => {
  if (operator === 'exists') return { problems: isBoolean(value) ? [] : [expected(BOOLEAN, value)] }
  if (LIST_OPERATORS.has(operator)) {
    const items = listItems(value)
    if (!items) return { problems: [expected(LIST, value)] }
    return { problems: items.map((item) => itemProblem(target, item)).filter((problem): problem is Message => problem !== null) }
  }
  if (operator === 'near') return { problems: isNoValue(value) ? [] : [pointProblem(value)].filter((problem): problem is Message => problem !== null) }
  if (operator === 'within' || operator === 'intersects') {
    return { problems: isPlainObject(value) && typeof value.type === 'string' && Array.isArray(value.coordinates) ? [] : [expected(GEOJSON, value)] }
  }
  if (operator === 'contains' && target.nested && isPlainObject(value)) return { nested: { resolve: target.nested, where: value }, problems: [] }
  if (target.type === 'id' && operator === 'like') {
    // The admin's list search on a collection without a title field: any text, no match is no result.
    return { problems: typeof value === 'string' || typeof value === 'number' ? [] : [expected(TEXT, value)] }
  }
  // equals and not_equals on a relationship may take several ids (Payload reads them as in / not_in).
  const relationList = Array.isArray(value) && (target.type === 'relationship' || target.type === 'upload') && (operator === 'equals' || operator === 'not_equals')
  if (Array.isArray(value) && !relationList) return { problems: [{ en: 'expected one value, got a list', nl: 'verwacht één waarde, kreeg een lijst' }] }
  const items = relationList ? (value as unknown[]) : [value]
  return { problems: items.map((item) => itemProblem(target, item)).filter((problem): problem is Message => problem !== null) }
}

const LOGIC = new Set(['and', 'or'])

/** Enough to fix a query at once. */
const MAX_PROBLEMS = 20
/** Deeper than any query a person writes; a deeper one is refused rather than walked. */
const MAX_DEPTH = 32

const WHERE_LABEL: Message = { en: 'where', nl: 'where' }

/**
 * Every problem of a `where` query (REST `?where[...]`, GraphQL's `where` argument, the Local
 * API), each on its path (`where.report.equals`, `where.or.0.year.in`) with what is wrong: a
 * path no readable field has, an operator Payload does not know or that does not apply to the
 * field, a value that cannot be of the field's type (an id of the wrong type, text for a number,
 * a date that is no date, a select value that is not an option). These are the values the
 * database adapters turn into NaN, undefined or an invalid enum, answered with a 500, or into
 * null, silently matching documents with an empty field. Nested relationship queries are checked
 * in the related collection. Walked without recursion.
 */
export const findWhereProblems = (where: unknown, resolve: WhereResolver, root = 'where'): InputProblem[] => {
  const problems: InputProblem[] = []
  const add = (path: string, message: Message, label: Message = WHERE_LABEL) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ label, message, path })
  }
  if (where === undefined || where === null) return problems
  if (!isPlainObject(where)) {
    add(root, expected({ en: 'an object of conditions', nl: 'een object met voorwaarden' }, where))
    return problems
  }
  const stack: { where: Record<string, unknown>; path: string; resolve: WhereResolver; depth: number }[] = [{ depth: 0, path: root, resolve, where }]
  while (stack.length && problems.length < MAX_PROBLEMS) {
    const current = stack.pop() as (typeof stack)[number]
    if (current.depth > MAX_DEPTH) {
      add(current.path, { en: `nested too deep: at most ${MAX_DEPTH} levels`, nl: `te diep genest: hoogstens ${MAX_DEPTH} niveaus` })
      continue
    }
    for (const [key, constraint] of Object.entries(current.where)) {
      const path = `${current.path}.${key}`
      if (LOGIC.has(key.toLowerCase())) {
        if (!Array.isArray(constraint)) {
          add(path, expected(CONDITIONS, constraint))
          continue
        }
        constraint.forEach((item, index) => {
          if (isPlainObject(item)) stack.push({ depth: current.depth + 1, path: `${path}.${index}`, resolve: current.resolve, where: item })
          else add(`${path}.${index}`, expected({ en: 'an object of conditions', nl: 'een object met voorwaarden' }, item))
        })
        continue
      }
      const target = current.resolve(key)
      if (!target) {
        add(path, { en: `there is no field "${key}" that can be queried here`, nl: `er is geen veld "${key}" waarop hier gezocht kan worden` })
        continue
      }
      if (!isPlainObject(constraint)) {
        add(path, expected(OPERATORS, constraint), target.label)
        continue
      }
      const allowed = operatorsFor(target)
      for (const [operator, value] of Object.entries(constraint)) {
        const at = `${path}.${operator}`
        if (!(WHERE_OPERATORS as readonly string[]).includes(operator)) {
          add(at, { en: `unknown operator "${operator}"; use one of ${allowed.join(', ')}`, nl: `onbekende operator "${operator}"; gebruik een van ${allowed.join(', ')}` }, target.label)
          continue
        }
        if (!allowed.includes(operator)) {
          const instead = allowed.length
            ? { en: `use one of ${allowed.join(', ')}`, nl: `gebruik een van ${allowed.join(', ')}` }
            : { en: 'query one of its fields', nl: 'zoek op een van zijn velden' }
          add(at, { en: `"${operator}" does not apply to a ${target.type} field; ${instead.en}`, nl: `"${operator}" past niet bij een veld van het type ${target.type}; ${instead.nl}` }, target.label)
          continue
        }
        const { nested, problems: found } = conditionProblems(target, operator, value)
        for (const message of found) add(at, message, target.label)
        if (nested) stack.push({ depth: current.depth + 1, path: at, resolve: nested.resolve, where: nested.where })
      }
    }
  }
  return problems
}
