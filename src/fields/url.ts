import type { TextField } from 'payload'

export const validateHttpUrl = (value: null | string | undefined): string | true => {
  if (!value) return true
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? true : `"${value}" is geen http(s)-adres.`
  } catch {
    return `"${value}" is geen geldig webadres (begin met https://).`
  }
}

export const urlField = (name: string, label: { en: string; nl: string }, overrides: Partial<TextField> = {}): TextField =>
  ({
    name,
    type: 'text',
    label,
    admin: { placeholder: 'https://' },
    validate: validateHttpUrl,
    ...overrides,
  }) as TextField
