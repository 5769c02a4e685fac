import type { CollectionConfig, CollectionSlug } from 'payload'

/** Options of `accountSecurityPlugin`. */
export type AccountSecurityOptions = {
  /** The auth collection whose passwords and logins it guards. Default `users`. */
  collection?: CollectionSlug
  /**
   * `false` keeps the attempts collection (same database schema) but enforces nothing: no
   * password policy, no throttling, Payload's own locked-account message. Default `true`.
   */
  enabled?: boolean
  /** Slug of the hidden collection that remembers login attempts. Default `login-attempts`. */
  attemptsSlug?: string
  /** Anything of the attempts collection's config. Default `{}`. */
  attemptsOverrides?: Partial<CollectionConfig>
  /**
   * How long a failed login counts against its address and its account, in milliseconds.
   * Default: the collection's `auth.lockTime` (Payload's default 10 minutes).
   */
  windowMs?: number
  /**
   * Failed logins one address may make against one account within the window; the next attempt
   * gets 429. Default: the collection's `auth.maxLoginAttempts` minus one, so one address alone
   * can never lock an account.
   */
  maxFailuresPerAccountFromAddress?: number
  /** Failed logins one address may make within the window, whatever the accounts. Default 20. */
  maxFailuresFromAddress?: number
  /**
   * How many reverse proxies in front of the server append the client's address to
   * `X-Forwarded-For`; 0 means none (then the address is the one Next writes there itself).
   * Default 0.
   */
  trustedProxies?: number
  /** Words a password may not be (besides the account's email and name). Default: see `passwordPolicy.ts`. */
  contextWords?: string[]
  /** Minimum password length in characters. Default 12. */
  minPasswordLength?: number
}

export type SanitizedAccountSecurityOptions = {
  collection: CollectionSlug
  enabled: boolean
  attemptsSlug: CollectionSlug
  attemptsOverrides: Partial<CollectionConfig>
  /** Resolved against the auth collection once the config is known (see `index.ts`). */
  windowMs?: number
  maxFailuresPerAccountFromAddress?: number
  maxFailuresFromAddress: number
  trustedProxies: number
  contextWords: string[]
  minPasswordLength: number
}

/** The numbers the throttle works with, once the auth collection's own settings are known. */
export type ThrottleLimits = {
  windowMs: number
  maxFailuresPerAccountFromAddress: number
  maxFailuresFromAddress: number
}
