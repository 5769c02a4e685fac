import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

/** The access each operation of a `beforeOperation` hook needs. */
const ACCESS_OF: Record<string, 'delete' | 'read' | 'readVersions' | 'update'> = {
  count: 'read',
  countVersions: 'readVersions',
  delete: 'delete',
  read: 'read',
  readDistinct: 'read',
  restoreVersion: 'update',
  update: 'update',
}

/**
 * Whether the caller may not run this operation on the collection at all (its access function
 * answers false). Payload then answers 403 before it reads the query or the id, and a guard that
 * found a problem in them stays silent too: a refusal never hints at a collection's fields to
 * someone who may not use it.
 */
export const mayNotRun = async (req: PayloadRequest, collection: SanitizedCollectionConfig, operation: string): Promise<boolean> => {
  const kind = Object.hasOwn(ACCESS_OF, operation) ? ACCESS_OF[operation] : undefined
  const access = kind ? collection.access[kind] : undefined
  return typeof access === 'function' && !(await access({ req }))
}
