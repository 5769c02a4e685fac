import type { PublishedVersionsOptions, SanitizedPublishedVersionsOptions } from './types.ts'

/** Defaults first, the user's options last: resolved once, handed to every factory. */
export const sanitizeOptions = (options: PublishedVersionsOptions): SanitizedPublishedVersionsOptions => ({
  canUnpublish: options.canUnpublish ?? (() => false),
  collections: options.collections ? [...new Set(options.collections)] : null,
  enabled: options.enabled ?? true,
})
