import type { ThrottleLimits } from './types'

/** One remembered login attempt: who (address key), which account (key), until when it counts. */
export type Attempt = { client: string; account: string; expiresAt: Date | string }

export type ThrottleDecision =
  | { allowed: true; accountFailures: number }
  | { allowed: false; retryAfterSeconds: number; reason: 'account' | 'address' }

const time = (value: Date | string) => new Date(value).getTime()

/**
 * Seconds until enough of `attempts` have expired for one more to fit under `limit`: with n
 * attempts counted and room for `limit`, the (n - limit + 1) oldest have to go.
 */
const secondsUntilRoom = (attempts: Attempt[], limit: number, now: number) => {
  const ends = attempts.map((attempt) => time(attempt.expiresAt)).sort((a, b) => a - b)
  const freeAt = ends[ends.length - limit] ?? now
  return Math.max(1, Math.ceil((freeAt - now) / 1000))
}

/**
 * Whether a login attempt from `client` for `account` may go ahead, given the other attempts
 * that still count (earlier failures, and attempts running at this moment). Pure: the caller
 * stores its own attempt before it reads the others, so two requests at the same moment each
 * see the other and cannot both take the last place.
 *
 * An address gets `maxFailuresPerAccountFromAddress` tries at one account (less than the
 * account's lock, so one address can never lock anyone out) and `maxFailuresFromAddress` over
 * all accounts. `accountFailures` is how many failures the account has within the window, from
 * every address: the account's own lock counter is never allowed to be higher than that.
 */
export const decideLoginAttempt = ({
  account,
  attempts,
  client,
  limits,
  now,
}: {
  account: string
  attempts: Attempt[]
  client: string
  limits: ThrottleLimits
  now: number
}): ThrottleDecision => {
  const live = attempts.filter((attempt) => time(attempt.expiresAt) > now)
  const fromClient = live.filter((attempt) => attempt.client === client)
  const atAccountFromClient = fromClient.filter((attempt) => attempt.account === account)
  if (atAccountFromClient.length >= limits.maxFailuresPerAccountFromAddress) {
    return { allowed: false, reason: 'account', retryAfterSeconds: secondsUntilRoom(atAccountFromClient, limits.maxFailuresPerAccountFromAddress, now) }
  }
  if (fromClient.length >= limits.maxFailuresFromAddress) {
    return { allowed: false, reason: 'address', retryAfterSeconds: secondsUntilRoom(fromClient, limits.maxFailuresFromAddress, now) }
  }
  return { accountFailures: live.filter((attempt) => attempt.account === account).length, allowed: true }
}
