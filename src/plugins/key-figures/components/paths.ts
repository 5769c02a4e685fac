import type * as client from '../exports/client.ts'
import type * as rsc from '../exports/rsc.ts'

/** The package's name, as an app's import map resolves it (package.json `name`). */
export const PACKAGE_NAME = '@jaarverslag/key-figures'

/** A client component of this package by the import-map path any app resolves: `<package>/client#Name`. */
export const clientComponent = (name: keyof typeof client): string => `${PACKAGE_NAME}/client#${name}`

/** A server component of this package: `<package>/rsc#Name`. */
export const serverComponent = (name: keyof typeof rsc): string => `${PACKAGE_NAME}/rsc#${name}`
