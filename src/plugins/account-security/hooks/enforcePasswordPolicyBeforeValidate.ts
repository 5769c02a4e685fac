import type { CollectionBeforeValidateHook } from 'payload'

import type { SanitizedAccountSecurityOptions } from '../types'

import { refuseWeakPassword } from '../server/refuseWeakPassword'

/**
 * A new password (create, first user, update of one's own or another account) must pass the
 * password policy; the account's email and name are those being saved, else the stored ones.
 * An empty password on update means "unchanged" to Payload, so it is not checked.
 */
export const enforcePasswordPolicyBeforeValidate =
  (options: SanitizedAccountSecurityOptions): CollectionBeforeValidateHook =>
  ({ collection, data, originalDoc, req }) => {
    const password = (data as { password?: unknown } | undefined)?.password
    if (typeof password !== 'string' || password === '') return data
    const account = {
      email: data?.email ?? (originalDoc as { email?: unknown } | undefined)?.email,
      name: data?.name ?? (originalDoc as { name?: unknown } | undefined)?.name,
    }
    refuseWeakPassword({ account, collection: collection.slug, options, password, req })
    return data
  }
