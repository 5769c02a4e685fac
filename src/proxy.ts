import { type NextRequest, NextResponse } from 'next/server'

import { areaOf, securityHeaders, usesNonce } from './config/securityHeaders'

const LANGUAGE_COOKIE = 'payload-lng'

const newNonce = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))

/**
 * Every response but Next's static files: the security headers of its area (admin, site, API,
 * uploads; `src/config/securityHeaders.ts`). Pages get a fresh nonce, passed to Next in the
 * request's CSP header so it puts it on its own scripts.
 *
 * The admin speaks Dutch unless the user picked English in their account settings (which sets
 * the language cookie). Without it Payload would follow the browser's Accept-Language.
 */
export function proxy(request: NextRequest) {
  const area = areaOf(request.nextUrl.pathname)
  const nonce = newNonce()
  const headers = securityHeaders({ area, development: process.env.NODE_ENV !== 'production', nonce })
  const setLanguage = area === 'admin' && !request.cookies.has(LANGUAGE_COOKIE)
  if (setLanguage) request.cookies.set(LANGUAGE_COOKIE, 'nl')
  const requestHeaders = new Headers(request.headers)
  if (usesNonce(area)) requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy'])
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  if (setLanguage) response.cookies.set(LANGUAGE_COOKIE, 'nl', { path: '/', sameSite: 'lax' })
  return response
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] }
