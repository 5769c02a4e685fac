import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedAccountSecurityOptions } from '../types'

import { clientAddressOf } from '../clientAddress'
import { TooManyLoginAttempts } from '../errors'
import { ATTEMPT_CONTEXT_KEY, attemptKey, type AttemptContext, normaliseLogin } from '../keys'
import { throttleLimits } from '../options'
import { type Attempt, decideLoginAttempt } from '../throttle'

const isLocked = (lockUntil: unknown, now: number) => typeof lockUntil === 'string' || lockUntil instanceof Date ? new Date(lockUntil).getTime() > now : false

/**
 * Before Payload looks at a password: counts this attempt against its address and account, and
 * refuses it with 429 and `Retry-After` when the address used up its tries (so a stranger's
 * guesses end before the account's own lock would shut its owner out). The attempt is stored
 * first and counted as a failure until `forgetLoginAttemptsAfterLogin` removes it after a
 * successful login; storing before counting is what makes parallel guesses see each other.
 *
 * The account's own failure counter never stays above its failures within the window, so its
 * lock means "`maxLoginAttempts` failures within the window", which one address cannot reach.
 * All through the database adapter: several server processes share the count.
 */
export const throttleLoginBeforeOperation =
  (options: SanitizedAccountSecurityOptions): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'login') return args
    const data = (args as { data?: { email?: unknown; username?: unknown } }).data
    const login = normaliseLogin(data?.email) ?? normaliseLogin(data?.username)
    // No email: Payload answers that itself, without looking at any account.
    if (!login) return args
    const { payload } = req
    const limits = throttleLimits(options, collection)
    const now = Date.now()
    const client = attemptKey(payload.secret, 'client', clientAddressOf(req.headers, options.trustedProxies))
    const account = attemptKey(payload.secret, 'account', login)

    await payload.db.deleteMany({ collection: options.attemptsSlug, req, where: { expiresAt: { less_than_equal: new Date(now).toISOString() } } })
    const mine = await payload.db.create({
      collection: options.attemptsSlug,
      data: { account, client, expiresAt: new Date(now + limits.windowMs).toISOString() },
      req,
    })
    const { docs } = await payload.db.find<Attempt & { id: number | string }>({
      collection: options.attemptsSlug,
      limit: 0,
      pagination: false,
      req,
      where: {
        and: [{ expiresAt: { greater_than: new Date(now).toISOString() } }, { or: [{ client: { equals: client } }, { account: { equals: account } }] }],
      },
    })
    const others = docs.filter((doc) => String(doc.id) !== String(mine.id))
    const decision = decideLoginAttempt({ account, attempts: others, client, limits, now })

    if (!decision.allowed) {
      // A refused attempt tried no password: it does not count.
      await payload.db.deleteOne({ collection: options.attemptsSlug, req, where: { id: { equals: mine.id } } })
      return refuse(req, decision.retryAfterSeconds)
    }
    req.context[ATTEMPT_CONTEXT_KEY] = { account, client, id: mine.id } satisfies AttemptContext
    await capAccountFailures(req, collection.slug, login, decision.accountFailures, now)
    return args
  }

const refuse = (req: PayloadRequest, retryAfterSeconds: number): never => {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(retryAfterSeconds))
  req.responseHeaders = headers
  throw new TooManyLoginAttempts(req, retryAfterSeconds)
}

/** Lowers the account's `loginAttempts` to its failures within the window; a running lock stays. */
const capAccountFailures = async (req: PayloadRequest, slug: CollectionSlug, login: string, failures: number, now: number) => {
  const user = await req.payload.db.findOne<{ id: number | string; lockUntil?: unknown; loginAttempts?: unknown }>({
    collection: slug,
    req,
    where: { email: { equals: login } },
  })
  if (!user || typeof user.loginAttempts !== 'number' || user.loginAttempts <= failures || isLocked(user.lockUntil, now)) return
  await req.payload.db.updateOne({ id: user.id, collection: slug, data: { loginAttempts: failures }, req, returning: false })
}
