import type { TextField } from 'payload'

/** Longest web address a url field or a link in rich text may hold. */
export const MAX_URL_LENGTH = 2048

export const validateHttpUrl = (value: null | string | undefined): string | true => {
  if (!value) return true
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? true : `"${value}" is geen http(s)-adres.`
  } catch {
    return `"${value}" is geen geldig webadres (begin met https://).`
  }
}

/** Schemes a link in rich text may use; everything else (`javascript:`, `data:`, `vbscript:`, `file:`) is refused. */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * A link in rich text: an http(s), mailto or tel address, or a path or anchor on this site
 * (`/jaarverslagen/...`, `#voetnoot-1`). The scheme is read the way a browser reads it (the WHATWG
 * URL parser drops tabs, newlines and leading control characters, so `java\tscript:` is
 * `javascript:` here too).
 */
export const validateLinkUrl = (value: unknown): { en: string; nl: string } | true => {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string') return { en: 'a link address must be text', nl: 'een linkadres moet tekst zijn' }
  if (value.length > MAX_URL_LENGTH) {
    return { en: `a link address of at most ${MAX_URL_LENGTH} characters`, nl: `een linkadres van hoogstens ${MAX_URL_LENGTH} tekens` }
  }
  let protocol: string
  try {
    protocol = new URL(value, 'https://relatief.invalid/').protocol
  } catch {
    return { en: `"${value.slice(0, 80)}" is not a valid link address`, nl: `"${value.slice(0, 80)}" is geen geldig linkadres` }
  }
  if (LINK_PROTOCOLS.has(protocol)) return true
  return {
    en: `link "${value.slice(0, 80)}" uses ${protocol}; only http(s), mailto, tel or a path on this site`,
    nl: `link "${value.slice(0, 80)}" gebruikt ${protocol}; enkel http(s), mailto, tel of een pad op deze site`,
  }
}

/**
 * A web address (http or https). Its check also runs on draft saves (`custom.validateOnEverySave`,
 * read by the input-guard plugin): a `javascript:` address must not even be stored as a draft.
 */
export const urlField = (name: string, label: { en: string; nl: string }, overrides: Partial<TextField> = {}): TextField =>
  ({
    name,
    type: 'text',
    label,
    maxLength: MAX_URL_LENGTH,
    admin: { placeholder: 'https://' },
    validate: validateHttpUrl,
    custom: { validateOnEverySave: validateHttpUrl },
    ...overrides,
  }) as TextField
