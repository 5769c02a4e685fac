import type { CollectionBeforeOperationHook } from 'payload'

import type { SanitizedAccountSecurityOptions } from '../types'

import { refuseWeakPassword } from '../server/refuseWeakPassword'

/**
 * Payload's reset-password operation hashes the new password without running the collection's
 * validation hooks on it, so the policy is checked here, against the account the token belongs
 * to. An unknown or expired token is left to Payload (403).
 */
export const enforcePasswordPolicyOnResetBeforeOperation =
  (options: SanitizedAccountSecurityOptions): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'resetPassword') return args
    const data = (args as { data?: { password?: unknown; token?: unknown } }).data
    if (typeof data?.password !== 'string' || typeof data.token !== 'string') return args
    const account = await req.payload.db.findOne<{ email?: unknown; id: number | string; name?: unknown }>({
      collection: collection.slug,
      req,
      where: { resetPasswordToken: { equals: data.token } },
    })
    refuseWeakPassword({ account: account ?? {}, collection: collection.slug, options, password: data.password, req })
    return args
  }
