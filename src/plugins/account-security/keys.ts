import { createHmac } from 'node:crypto'

/** Payload's own normalisation of a login email (`loginOperation`): trimmed, lower case. */
export const normaliseLogin = (value: unknown): string | null => {
  if (typeof value !== 'string') return null
  const text = value.trim().toLowerCase()
  return text === '' ? null : text
}

/**
 * A stable, secret key for an address or an account, so the attempts collection holds no email
 * or IP address: the same input under the same secret always gives the same key.
 */
export const attemptKey = (secret: string, kind: 'account' | 'client', value: string): string =>
  createHmac('sha256', secret).update(`${kind}:${value}`).digest('base64url')

/** Where the login hooks leave the current attempt's keys for each other (`req.context`). */
export const ATTEMPT_CONTEXT_KEY = 'accountSecurity:attempt'

export type AttemptContext = { account: string; client: string; id: number | string }
