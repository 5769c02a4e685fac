import type { CollectionBeforeValidateHook } from 'payload'

import { stripResolved } from '../resolve/resolveDocuments.ts'
import { richTextPathsOf } from '../fields/richTextFields.ts'

/** A document that was read (with `resolved`) can be written back unchanged: nothing of it is stored. */
export const stripResolvedBeforeValidate: CollectionBeforeValidateHook = ({ collection, data, req }) =>
  data ? stripResolved(data as Record<string, unknown>, richTextPathsOf(req.payload, collection.slug)) : data
