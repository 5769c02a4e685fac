import type { CollectionBeforeOperationHook } from 'payload'

import type { SanitizedInputGuardOptions } from '../options'

/**
 * Removes the fields only the server writes (`createdAt`, `updatedAt`, ...) from the data of a
 * create or update made with access control (REST, GraphQL, the Local API as a user). Payload
 * would store a client's `createdAt` as given; now it sets its own. The server's own calls
 * (`overrideAccess`) keep them.
 */
export const stripServerFieldsBeforeOperation =
  (options: SanitizedInputGuardOptions): CollectionBeforeOperationHook =>
  ({ args, operation, overrideAccess }) => {
    if (operation !== 'create' && operation !== 'update') return args
    if (overrideAccess ?? args.overrideAccess) return args
    const data = args.data as Record<string, unknown> | undefined
    if (!data || typeof data !== 'object' || Array.isArray(data)) return args
    if (!options.serverFields.some((name) => name in data)) return args
    const kept = { ...data }
    for (const name of options.serverFields) delete kept[name]
    return { ...args, data: kept }
  }
