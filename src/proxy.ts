import { type NextRequest, NextResponse } from 'next/server'

import { pageRoute } from './config/cachedPages'
import { type Area, areaOf, securityHeaders, usesNonce } from './config/securityHeaders'

const LANGUAGE_COOKIE = 'payload-lng'

const newNonce = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))

/**
 * Every response but Next's static files: the security headers of its area (admin, site, API,
 * uploads; `src/config/securityHeaders.ts`). Pages rendered for the request get a fresh nonce,
 * passed to Next in the request's CSP header so it puts it on its own scripts.
 *
 * The public pages are kept in Next's cache for anonymous visitors (no nonce:
 * `src/config/cachedPages.ts`); logged-in visitors, the live preview and `SITE_CACHE=off` get the
 * same page rendered for them.
 *
 * The admin speaks Dutch unless the user picked English in their account settings (which sets
 * the language cookie). Without it Payload would follow the browser's Accept-Language.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const route = pageRoute({ cookies: request.cookies.getAll().map(({ name }) => name), pathname, search: request.nextUrl.search, siteCache: process.env.SITE_CACHE !== 'off' })
  const area: Area = route.kind === 'kept' ? 'cached-site' : areaOf(pathname)
  const headers = securityHeaders({ area, development: process.env.NODE_ENV !== 'production', nonce: newNonce() })
  const setLanguage = area === 'admin' && !request.cookies.has(LANGUAGE_COOKIE)
  if (setLanguage) request.cookies.set(LANGUAGE_COOKIE, 'nl')
  const requestHeaders = new Headers(request.headers)
  if (usesNonce(area)) requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy'])
  const target = route.kind === 'kept' || route.kind === 'rendered' ? (route.path ?? null) : route.kind === 'unknown' ? '/niet-gevonden' : null
  const response = target
    ? NextResponse.rewrite(new URL(`${target}${request.nextUrl.search}`, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } })
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  // A CDN or browser in front hears of no cache signal: it asks again every time (a 304 by ETag
  // when the kept page has not changed) instead of keeping the page for Next's revalidate period.
  if (route.kind === 'kept') response.headers.set('Cache-Control', 'public, max-age=0, must-revalidate')
  if (setLanguage) response.cookies.set(LANGUAGE_COOKIE, 'nl', { path: '/', sameSite: 'lax' })
  return response
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] }
