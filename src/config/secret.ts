/** The placeholder in .env.example; never good enough for production. */
export const EXAMPLE_SECRET = 'change-me-to-a-long-random-string'
const DEVELOPMENT_SECRET = 'jaarverslag-development-secret-not-for-production'
const MIN_PRODUCTION_LENGTH = 32

/**
 * Payload signs login tokens with this secret. Development may run on a fixed one; production
 * refuses to start without a real, long secret so that tokens cannot be forged.
 */
export const resolveSecret = (env: Record<string, string | undefined> = process.env): string => {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (env.NODE_ENV !== 'production') return secret || DEVELOPMENT_SECRET
  if (!secret || secret === EXAMPLE_SECRET || secret === DEVELOPMENT_SECRET) {
    throw new Error(
      'PAYLOAD_SECRET is not set to a real secret. In production the CMS does not start without one: ' +
        'set PAYLOAD_SECRET to a random string of at least 32 characters (e.g. `openssl rand -hex 32`).',
    )
  }
  if (secret.length < MIN_PRODUCTION_LENGTH) {
    throw new Error(`PAYLOAD_SECRET is ${secret.length} characters long; production needs at least ${MIN_PRODUCTION_LENGTH}.`)
  }
  return secret
}
