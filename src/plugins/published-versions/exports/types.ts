/** The package's public types, in one place. */
export type { PublicationIntent, PublishedVersionsOptions, SanitizedPublishedVersionsOptions } from '../types.ts'
export type { PublicationIntentInput, PublicationIntentKind } from '../intent.ts'
