import type { Message } from './types'

/** What kind of JSON value this is, in words, for "expected text, got an object". */
export const describeValue = (value: unknown): Message => {
  if (value === null) return { en: 'null', nl: 'null' }
  if (Array.isArray(value)) return { en: 'a list', nl: 'een lijst' }
  if (value instanceof Date) return { en: 'a date', nl: 'een datum' }
  switch (typeof value) {
    case 'string':
      return { en: 'text', nl: 'tekst' }
    case 'number':
      return { en: 'a number', nl: 'een getal' }
    case 'boolean':
      return { en: 'true/false', nl: 'waar/onwaar' }
    case 'object':
      return { en: 'an object', nl: 'een object' }
    default:
      return { en: typeof value, nl: typeof value }
  }
}

export const expected = (what: Message, value: unknown): Message => {
  const got = describeValue(value)
  return { en: `expected ${what.en}, got ${got.en}`, nl: `verwacht ${what.nl}, kreeg ${got.nl}` }
}

export const count = (value: number): string => value.toLocaleString('nl-BE')

/** The label of a field as the admin shows it, in both languages (the field name when it has none). */
export const labelOf = (field: { label?: unknown; name?: string }): Message => {
  const { label, name = '' } = field
  if (typeof label === 'string') return { en: label, nl: label }
  if (label && typeof label === 'object') {
    const texts = label as Record<string, unknown>
    const en = typeof texts.en === 'string' ? texts.en : name
    const nl = typeof texts.nl === 'string' ? texts.nl : en
    return { en, nl }
  }
  return { en: name, nl: name }
}

/** Nesting depth of a JSON value, counted without recursion; stops counting past `limit`. */
export const nestingDepth = (value: unknown, limit: number): number => {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length) {
    const [item, depth] = stack.pop() as [unknown, number]
    if (typeof item !== 'object' || item === null) continue
    const level = depth + 1
    if (level > deepest) deepest = level
    if (deepest > limit) return deepest
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, level])
  }
  return deepest
}
