export const DEFAULT_SERVER_URL = 'http://localhost:3000'

/** The hosts an editor types for a server on their own machine. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** `http(s)://localhost`, `127.0.0.1` or `[::1]` on any port, written as a browser sends it in `Origin`. */
export const isLocalOrigin = (origin: unknown): boolean => {
  if (typeof origin !== 'string') return false
  try {
    const url = new URL(origin)
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTS.has(url.hostname) && url.origin === origin
  } catch {
    return false
  }
}

/**
 * The listed origins, and in development every local origin besides: Payload asks its CSRF and
 * CORS lists `includes(origin)` / `indexOf(origin)`, so `next dev` answers a save from
 * http://127.0.0.1:3000 as one from http://localhost:3000 (or any other port).
 */
class OriginsAndLocal extends Array<string> {
  override includes(origin: string, fromIndex?: number): boolean {
    return super.includes(origin, fromIndex) || isLocalOrigin(origin)
  }

  override indexOf(origin: string, fromIndex?: number): number {
    const listed = super.indexOf(origin, fromIndex)
    if (listed !== -1 || !isLocalOrigin(origin)) return listed
    return 0
  }
}

/**
 * `CORS_ORIGINS="https://a.example,https://b.example"`: the origins allowed for CORS and CSRF,
 * besides `NEXT_PUBLIC_SERVER_URL`. Outside production (`NODE_ENV !== 'production'`) every local
 * origin is allowed too; production allows only these.
 */
export const allowedOrigins = (env: Record<string, string | undefined> = process.env): string[] => {
  const listed = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)
  const server = (env.NEXT_PUBLIC_SERVER_URL || DEFAULT_SERVER_URL).replace(/\/$/, '')
  const origins = Array.from(new Set([server, ...listed]))
  if (env.NODE_ENV === 'production') return origins
  const withLocal = new OriginsAndLocal()
  withLocal.push(...origins)
  return withLocal
}
