import type { FlattenedField } from 'payload'

/** A label as a collection gives it: text, `{ en, nl, ... }`, or anything else (a function, none). */
const labelIn = (label: unknown, language: 'en' | 'nl'): null | string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const texts = label as Record<string, unknown>
    const text = texts[language] ?? texts.nl ?? texts.en
    return typeof text === 'string' ? text : null
  }
  return null
}

/** The top-level fields' labels in Dutch and English, to name a field in a refusal as an editor sees it. */
export const fieldLabelsOf = (fields: readonly FlattenedField[] | undefined): Record<string, { en: string; nl: string }> =>
  Object.fromEntries(
    (fields ?? []).flatMap((field) => {
      const label = (field as { label?: unknown }).label
      const nl = labelIn(label, 'nl')
      const en = labelIn(label, 'en')
      return nl || en ? [[field.name, { en: en ?? nl ?? field.name, nl: nl ?? en ?? field.name }]] : []
    }),
  )
