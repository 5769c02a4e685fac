import type { CollectionConfig, Config } from 'payload'

import type { AccountSecurityOptions, SanitizedAccountSecurityOptions } from './types'

import { createLoginAttemptsCollection } from './collections/loginAttempts'
import { enforcePasswordPolicyBeforeValidate } from './hooks/enforcePasswordPolicyBeforeValidate'
import { enforcePasswordPolicyOnResetBeforeOperation } from './hooks/enforcePasswordPolicyOnResetBeforeOperation'
import { forgetLoginAttemptsAfterLogin } from './hooks/forgetLoginAttemptsAfterLogin'
import { sameAnswerForLockedAccountAfterError } from './hooks/sameAnswerForLockedAccountAfterError'
import { throttleLoginBeforeOperation } from './hooks/throttleLoginBeforeOperation'
import { sanitizeOptions } from './options'

export type { AccountSecurityOptions, SanitizedAccountSecurityOptions, ThrottleLimits } from './types'
export { addressKey, clientAddressOf, parseTrustProxy } from './clientAddress'
export { checkPassword, DEFAULT_CONTEXT_WORDS, type PasswordProblem } from './passwordPolicy'
export { decideLoginAttempt } from './throttle'

/**
 * Accounts of one auth collection: a password policy on every way a password is set (create,
 * first user, update, reset), login throttling per address before the account's own lock, and
 * one answer for a locked account and a wrong password.
 */
export const accountSecurityPlugin =
  (pluginOptions: AccountSecurityOptions = {}) =>
  (incoming: Config): Config => {
    const options: SanitizedAccountSecurityOptions = sanitizeOptions(pluginOptions)
    const target = (incoming.collections ?? []).find((collection) => collection.slug === options.collection)
    if (!target?.auth) throw new Error(`account-security: collection "${options.collection}" is not an auth collection.`)
    // Added even when disabled, so the database schema keeps its shape.
    const collections = [...(incoming.collections ?? []), createLoginAttemptsCollection(options)]
    if (!options.enabled) return { ...incoming, collections }

    return {
      ...incoming,
      collections: collections.map((collection): CollectionConfig => {
        if (collection.slug !== options.collection) return collection
        return {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterLogin: [...(collection.hooks?.afterLogin ?? []), forgetLoginAttemptsAfterLogin(options)],
            beforeOperation: [
              throttleLoginBeforeOperation(options),
              enforcePasswordPolicyOnResetBeforeOperation(options),
              ...(collection.hooks?.beforeOperation ?? []),
            ],
            beforeValidate: [enforcePasswordPolicyBeforeValidate(options), ...(collection.hooks?.beforeValidate ?? [])],
          },
        }
      }),
      hooks: { ...incoming.hooks, afterError: [sameAnswerForLockedAccountAfterError, ...(incoming.hooks?.afterError ?? [])] },
    }
  }
