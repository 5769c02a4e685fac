/**
 * Which public pages are rendered once and kept (Next's full-page cache, until a change they show
 * expires their tags), and who gets them. Pure: `src/proxy.ts` applies it per request, the unit
 * tests read it.
 *
 * A kept page is the same for everyone, so it cannot carry a per-response script nonce: it is
 * only served to anonymous visitors outside draft mode, under the `cached-site` CSP. A logged-in
 * visitor (Payload's login cookie), the live preview (Next's draft-mode cookie) and a server with
 * `SITE_CACHE=off` get the same page rendered for their request, with a nonce, from the copies of
 * the routes under `RENDERED_PREFIX` (src/app/(site)/per-verzoek).
 */

/** The report, a chapter and an Uitgelicht article; not the print page (`afdrukken`) or the PDF. */
const KEPT = /^\/jaarverslagen\/[^/]+(?:\/uitgelicht\/[^/]+|\/(?!afdrukken$|pdf$|uitgelicht$)[^/]+)?\/?$/

/** Where the per-request copies of the kept pages live; never an address a visitor uses. */
export const RENDERED_PREFIX = '/per-verzoek'

/** Payload's login cookie and Next's draft-mode cookie. */
export const PERSONAL_COOKIES = ['payload-token', '__prerender_bypass']

export type PageRoute =
  /** Served from Next's cache: no nonce (the `cached-site` CSP). */
  | { kind: 'kept' }
  /** Rendered for this request (nonce), from the copy at `path`. */
  | { kind: 'rendered'; path: string }
  /** An address of a copy asked for directly: answered as unknown. */
  | { kind: 'unknown' }
  /** Any other address: as it is. */
  | { kind: 'other' }

export const pageRoute = ({ cookies, pathname, siteCache }: { cookies: readonly string[]; pathname: string; siteCache: boolean }): PageRoute => {
  if (pathname === RENDERED_PREFIX || pathname.startsWith(`${RENDERED_PREFIX}/`)) return { kind: 'unknown' }
  if (!KEPT.test(pathname)) return { kind: 'other' }
  const personal = cookies.some((name) => PERSONAL_COOKIES.includes(name))
  return siteCache && !personal ? { kind: 'kept' } : { kind: 'rendered', path: `${RENDERED_PREFIX}${pathname}` }
}
