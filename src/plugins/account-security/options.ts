import type { CollectionConfig, CollectionSlug } from 'payload'

import type { AccountSecurityOptions, SanitizedAccountSecurityOptions, ThrottleLimits } from './types'

import { DEFAULT_CONTEXT_WORDS } from './passwordPolicy'

/** Defaults first, the user's options last: resolved once, handed to every factory. */
export const sanitizeOptions = (options: AccountSecurityOptions = {}): SanitizedAccountSecurityOptions => ({
  attemptsOverrides: options.attemptsOverrides ?? {},
  attemptsSlug: (options.attemptsSlug ?? 'login-attempts') as CollectionSlug,
  collection: options.collection ?? ('users' as CollectionSlug),
  contextWords: options.contextWords ?? DEFAULT_CONTEXT_WORDS,
  enabled: options.enabled ?? true,
  maxFailuresFromAddress: options.maxFailuresFromAddress ?? 20,
  maxFailuresPerAccountFromAddress: options.maxFailuresPerAccountFromAddress,
  minPasswordLength: options.minPasswordLength ?? 12,
  trustedProxies: options.trustedProxies ?? 0,
  windowMs: options.windowMs,
})

const PAYLOAD_DEFAULT_LOCK_TIME = 10 * 60 * 1000
const PAYLOAD_DEFAULT_MAX_LOGIN_ATTEMPTS = 5

/**
 * The throttle's numbers for an auth collection: the window is its lock time, and one address
 * gets one try less at an account than the account's lock allows, unless the options say otherwise.
 */
export const throttleLimits = (options: SanitizedAccountSecurityOptions, collection: Pick<CollectionConfig, 'auth'>): ThrottleLimits => {
  const auth = typeof collection.auth === 'object' ? collection.auth : {}
  const lockTime = auth.lockTime ?? PAYLOAD_DEFAULT_LOCK_TIME
  const maxLoginAttempts = auth.maxLoginAttempts ?? PAYLOAD_DEFAULT_MAX_LOGIN_ATTEMPTS
  return {
    maxFailuresFromAddress: options.maxFailuresFromAddress,
    maxFailuresPerAccountFromAddress: options.maxFailuresPerAccountFromAddress ?? (maxLoginAttempts > 0 ? Math.max(1, maxLoginAttempts - 1) : PAYLOAD_DEFAULT_MAX_LOGIN_ATTEMPTS - 1),
    windowMs: options.windowMs ?? lockTime,
  }
}
