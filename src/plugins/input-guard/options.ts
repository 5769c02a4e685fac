import type { RichTextLimits, TextLimits } from './types'

export type InputGuardOptions = {
  /** Collections whose input is checked. Default: every collection in the config when the plugin runs (register it last). */
  collections?: string[]
  /** Collections whose writes are left alone, e.g. ones only the server writes; their `where` queries are still checked (clients read them). Default: none. */
  exclude?: string[]
  /** `false` changes nothing at all (no limits, no hooks); the schema is the same either way. Default: `true`. */
  enabled?: boolean
  /**
   * Length limits given to text and textarea fields that set no `maxLength` of their own.
   * Default: titles (`title`, `name`, `label`, `...Title`) 300, `slug` 120, other text 1,000,
   * textarea 10,000.
   */
  textLimits?: Partial<TextLimits>
  /** Limits of one rich-text value. Default: 50 levels deep, 50,000 nodes, 200,000 characters of text. */
  richText?: Partial<RichTextLimits>
  /** Nesting depth of the value of a JSON field. Default: 64. */
  maxJsonDepth?: number
  /**
   * Top-level fields only the server writes. Calls with access control (REST, GraphQL, the Local
   * API with `overrideAccess: false`) have them removed from their data. Default:
   * `['createdAt', 'updatedAt']`.
   */
  serverFields?: string[]
}

export type SanitizedInputGuardOptions = {
  collections?: string[]
  exclude: string[]
  enabled: boolean
  textLimits: TextLimits
  richText: RichTextLimits
  maxJsonDepth: number
  serverFields: string[]
}

export const DEFAULT_TEXT_LIMITS: TextLimits = { slug: 120, text: 1_000, textarea: 10_000, title: 300 }
export const DEFAULT_RICH_TEXT_LIMITS: RichTextLimits = { maxDepth: 50, maxNodes: 50_000, maxTextLength: 200_000 }

export const sanitizeOptions = (options: InputGuardOptions = {}): SanitizedInputGuardOptions => ({
  collections: options.collections,
  enabled: options.enabled ?? true,
  exclude: options.exclude ?? [],
  maxJsonDepth: options.maxJsonDepth ?? 64,
  richText: { ...DEFAULT_RICH_TEXT_LIMITS, ...options.richText },
  serverFields: options.serverFields ?? ['createdAt', 'updatedAt'],
  textLimits: { ...DEFAULT_TEXT_LIMITS, ...options.textLimits },
})
