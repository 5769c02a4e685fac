import type { CollectionAfterLoginHook } from 'payload'

import type { SanitizedAccountSecurityOptions } from '../types'

import { ATTEMPT_CONTEXT_KEY, type AttemptContext } from '../keys'

/**
 * A successful login was no failure, and neither were the mistakes just before it from the same
 * address: forget this address's attempts at this account (in the login's own transaction).
 */
export const forgetLoginAttemptsAfterLogin =
  (options: SanitizedAccountSecurityOptions): CollectionAfterLoginHook =>
  async ({ req }) => {
    const attempt = req.context[ATTEMPT_CONTEXT_KEY] as AttemptContext | undefined
    if (!attempt) return
    delete req.context[ATTEMPT_CONTEXT_KEY]
    await req.payload.db.deleteMany({
      collection: options.attemptsSlug,
      req,
      where: { and: [{ client: { equals: attempt.client } }, { account: { equals: attempt.account } }] },
    })
  }
