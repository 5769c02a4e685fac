import { createHash } from 'node:crypto'

/** Shared caches may keep anonymous reads; clients revalidate each time (cheap with ETag / 304). */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate'
/** Anything read with credentials, or drafts: never stored by anyone. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

// Payload sets CORS headers per Origin; the answer differs with credentials.
const VARY = 'Origin, Authorization, Cookie'

const hasCredentials = (request: Request): boolean => {
  if (request.headers.get('authorization')) return true
  const cookie = request.headers.get('cookie') ?? ''
  // Payload's login cookie is `<cookiePrefix>-token` (default `payload-token`).
  return /(?:^|;\s*)[^=;]*-token=/.test(cookie)
}

const asksForDrafts = (url: URL): boolean => {
  const draft = url.searchParams.get('draft')
  return draft !== null && draft !== 'false' && draft !== '0'
}

/** Whether an If-None-Match header matches the ETag (weak comparison, as RFC 9110 asks for GET). */
export const etagMatches = (ifNoneMatch: null | string, etag: string): boolean => {
  if (!ifNoneMatch) return false
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag))
}

const withHeaders = (response: Response, body: BodyInit | null, status: number, set: Record<string, string>, drop: string[] = []): Response => {
  const headers = new Headers(response.headers)
  for (const name of drop) headers.delete(name)
  for (const [name, value] of Object.entries(set)) headers.set(name, value)
  return new Response(body, { headers, status, statusText: status === 304 ? 'Not Modified' : response.statusText })
}

/**
 * HTTP caching for a GET answer of the content API. Anonymous, non-draft 200 answers get a
 * strong-enough ETag (a hash of the body) and `public` caching, and a matching If-None-Match
 * gets 304 without a body. Answers read with credentials (a JWT header or Payload's cookie), or
 * that asked for drafts, or that set a cookie, are `private, no-store`, so no shared cache keeps
 * them. Other statuses are not cached.
 */
export const applyHttpCaching = async (request: Request, response: Response): Promise<Response> => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return response
  const url = new URL(request.url)
  if (hasCredentials(request) || asksForDrafts(url) || response.headers.has('set-cookie')) {
    return withHeaders(response, response.body, response.status, { 'Cache-Control': PRIVATE_CACHE_CONTROL, Vary: VARY })
  }
  if (response.status !== 200) {
    return withHeaders(response, response.body, response.status, { 'Cache-Control': 'no-store', Vary: VARY })
  }
  // Payload's file routes stream uploads; those keep their own headers.
  if (response.headers.has('etag')) return response
  const body = new Uint8Array(await response.arrayBuffer())
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
  const caching = { 'Cache-Control': PUBLIC_CACHE_CONTROL, ETag: etag, Vary: VARY }
  if (etagMatches(request.headers.get('if-none-match'), etag)) {
    return withHeaders(response, null, 304, caching, ['content-length', 'content-type', 'content-encoding'])
  }
  return withHeaders(response, request.method === 'HEAD' ? null : body, 200, caching, ['content-length'])
}

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>

/**
 * Wraps a route handler (REST or GraphQL GET) with `applyHttpCaching`. A HEAD request (Next hands
 * it to the GET handler) is answered as the GET would be, without the body: Payload itself only
 * routes GET, so it gets a GET.
 */
export const withHttpCaching =
  <A extends unknown[]>(handler: Handler<A>): Handler<A> =>
  async (request, ...rest) => {
    const read = request.method === 'HEAD' ? new Request(request.url, { headers: request.headers, method: 'GET' }) : request
    return applyHttpCaching(request, await handler(read, ...rest))
  }
