/** The package's public types, in one place. */
export type { PublicationIntent, PublishedVersionsOptions, SanitizedPublishedVersionsOptions } from '../types.js'
export type { PublicationIntentInput, PublicationIntentKind } from '../intent.js'
