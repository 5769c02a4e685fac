import { describe, expect, it } from '@jest/globals'

import { adminTimezone, adminTimezones, translations } from '../../src/i18n/translations'

/** Every leaf key of a nested translations object, as `group:key`, with the {{placeholders}} of its text. */
const leaves = (object: Record<string, unknown>, prefix = ''): Map<string, string[]> => {
  const found = new Map<string, string[]>()
  for (const [key, value] of Object.entries(object)) {
    const path = prefix ? `${prefix}:${key}` : key
    if (typeof value === 'string') found.set(path, [...value.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort())
    else if (value && typeof value === 'object') for (const [leaf, holes] of leaves(value as Record<string, unknown>, path)) found.set(leaf, holes)
  }
  return found
}

describe("the admin's own translations", () => {
  const nl = leaves(translations.nl)
  const en = leaves(translations.en)

  it('every key exists in Dutch and in English', () => {
    expect([...nl.keys()].sort()).toEqual([...en.keys()].sort())
    expect(nl.size).toBeGreaterThan(0)
  })

  it('each text has the same placeholders in both languages, and none is empty', () => {
    for (const [key, holes] of nl) {
      expect([key, holes]).toEqual([key, en.get(key)])
    }
    const empty = [...Object.entries(translations.nl), ...Object.entries(translations.en)].flatMap(([group, texts]) =>
      Object.entries(texts as Record<string, string>).filter(([, text]) => !text.trim()).map(([key]) => `${group}:${key}`),
    )
    expect(empty).toEqual([])
  })
})

describe("the admin's time zone", () => {
  it('is Europe/Brussels unless ADMIN_TIMEZONE names another, which then comes first in the picker', () => {
    expect(adminTimezone({})).toBe('Europe/Brussels')
    expect(adminTimezone({ ADMIN_TIMEZONE: 'Europe/Paris' })).toBe('Europe/Paris')
    expect(adminTimezones('Europe/Paris').map((zone) => zone.value)).toEqual(['Europe/Paris', 'Europe/Brussels', 'Europe/Amsterdam', 'Europe/London', 'UTC'])
    expect(adminTimezones('Europe/Brussels')[0]).toEqual({ label: 'Brussel', value: 'Europe/Brussels' })
  })

  it('refuses a name that is no time zone, naming the variable', () => {
    expect(() => adminTimezone({ ADMIN_TIMEZONE: 'Brussel' })).toThrow(/ADMIN_TIMEZONE "Brussel"/)
  })
})
