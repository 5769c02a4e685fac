import type * as client from '../exports/client.ts'
import type * as rsc from '../exports/rsc.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

/** The package's name, as an app's import map resolves it (package.json `name`). */
export const PACKAGE_NAME = '@jaarverslag/key-figures'

/** A client component of this package by the import-map path any app resolves: `<package>/client#Name`. */
export const clientComponent = (name: keyof typeof client): string => `${PACKAGE_NAME}/client#${name}`

/** A server component of this package: `<package>/rsc#Name`. */
export const serverComponent = (name: keyof typeof rsc): string => `${PACKAGE_NAME}/rsc#${name}`

/**
 * Where the Publicatiecontrole view of an instance lives under the admin route:
 * `/publicatiecontrole`, or `/publicatiecontrole-<datasets>` for an instance with other slugs.
 */
export const publicationCheckPath = (options: Pick<SanitizedKeyFiguresOptions, 'slugs'>): string =>
  `/publicatiecontrole${options.slugs.datasets === 'datasets' ? '' : `-${options.slugs.datasets}`}`
