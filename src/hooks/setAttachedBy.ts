import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Records who attached a practice. The field is closed to clients (its access is false), so the
 * only value it can hold is the one the server sets here, on create.
 */
export const setAttachedBy: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    data.attachedBy = req.user?.id ?? null
  } else if (originalDoc) {
    data.attachedBy = originalDoc.attachedBy ?? null
  }
  return data
}
