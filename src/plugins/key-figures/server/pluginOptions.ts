import type { Payload } from 'payload'

import type { SanitizedKeyFiguresOptions } from '../types'

/**
 * The sanitized options of a registered key-figures plugin (the first, or the one whose datasets
 * collection has the given slug), as the plugin left them in the server-only `config.custom`.
 */
export const getKeyFiguresOptions = (payload: Payload, datasetsSlug?: string): SanitizedKeyFiguresOptions | null => {
  const registered = (payload.config.custom?.keyFigures ?? {}) as Record<string, SanitizedKeyFiguresOptions>
  if (datasetsSlug) return registered[datasetsSlug] ?? null
  return Object.values(registered)[0] ?? null
}
