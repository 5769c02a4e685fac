/**
 * Which public pages are rendered once and kept (Next's full-page cache, until a change they show
 * expires their tags), and who gets them: the report, chapter and Uitgelicht pages, the home page,
 * the practices (unfiltered), podcasts, publications and the accessibility statement. Pure:
 * `src/proxy.ts` applies it per request, the unit tests read it.
 *
 * A kept page is the same for everyone, so it cannot carry a per-response script nonce: it is
 * only served to anonymous visitors outside draft mode, under the `cached-site` CSP. A logged-in
 * visitor (Payload's login cookie), the live preview (Next's draft-mode cookie) and a server with
 * `SITE_CACHE=off` get the same page rendered for their request, with a nonce: the report's pages
 * from their copies under `RENDERED_PREFIX` (src/app/(site)/per-verzoek), the others from their
 * own routes.
 */

/** The report, a chapter and an Uitgelicht article; not the print page (`afdrukken`) or the PDF. */
const KEPT = /^\/jaarverslagen\/[^/]+(?:\/uitgelicht\/[^/]+|\/(?!afdrukken$|pdf$|uitgelicht$)[^/]+)?\/?$/

/**
 * Pages without a parameter, kept under `KEPT_PREFIX/<name>` (src/app/(site)/bewaard/[pagina]):
 * their own routes are the per-request pages. The practices only unfiltered (a query string
 * filters or pages them: rendered for the request, from the kept reads).
 */
const KEPT_ELSEWHERE: Readonly<Record<string, { name: string; query: boolean }>> = {
  '/': { name: 'start', query: true },
  '/podcasts': { name: 'podcasts', query: true },
  '/praktijken': { name: 'praktijken', query: false },
  '/publicaties': { name: 'publicaties', query: true },
  '/toegankelijkheid': { name: 'toegankelijkheid', query: true },
}

/** Where the per-request copies of the report's pages live; never an address a visitor uses. */
export const RENDERED_PREFIX = '/per-verzoek'
/** Where the kept pages without a parameter live; never an address a visitor uses. */
export const KEPT_PREFIX = '/bewaard'

/** Payload's login cookie and Next's draft-mode cookie. */
export const PERSONAL_COOKIES = ['payload-token', '__prerender_bypass']

export type PageRoute =
  /** Served from Next's cache: no nonce (the `cached-site` CSP); from the route at `path` if given. */
  | { kind: 'kept'; path?: string }
  /** Rendered for this request (nonce), from the copy at `path`. */
  | { kind: 'rendered'; path: string }
  /** An address of a copy asked for directly: answered as unknown. */
  | { kind: 'unknown' }
  /** Any other address: as it is. */
  | { kind: 'other' }

const within = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`)

export const pageRoute = ({ cookies, pathname, search = '', siteCache }: { cookies: readonly string[]; pathname: string; search?: string; siteCache: boolean }): PageRoute => {
  if (within(pathname, RENDERED_PREFIX) || within(pathname, KEPT_PREFIX)) return { kind: 'unknown' }
  const keep = siteCache && !cookies.some((name) => PERSONAL_COOKIES.includes(name))
  const elsewhere = KEPT_ELSEWHERE[pathname]
  if (elsewhere) return keep && (elsewhere.query || search === '' || search === '?') ? { kind: 'kept', path: `${KEPT_PREFIX}/${elsewhere.name}` } : { kind: 'other' }
  if (!KEPT.test(pathname)) return { kind: 'other' }
  return keep ? { kind: 'kept' } : { kind: 'rendered', path: `${RENDERED_PREFIX}${pathname}` }
}
