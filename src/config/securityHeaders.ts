/**
 * The security headers of every response, by area. Pure: `src/proxy.ts` applies them per request
 * (the pages need a fresh nonce each time), the unit tests read them.
 */
import { slugs } from '../collections/slugs'

/**
 * Where a request goes: the admin, the public site, the API, an uploaded file, or the GraphQL
 * playground. `cached-site` is a site page served from Next's cache (src/config/cachedPages.ts):
 * `areaOf` never answers it, the proxy picks it.
 */
export type Area = 'admin' | 'api' | 'cached-site' | 'playground' | 'site' | 'upload'

/** Collections whose files Payload serves under `/api/<slug>/file/<name>`. */
export const UPLOAD_COLLECTIONS: string[] = [slugs.media, slugs.files, slugs.reportPdfs]

export const areaOf = (pathname: string, uploadCollections: string[] = UPLOAD_COLLECTIONS): Area => {
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'admin'
  if (pathname === '/api/graphql-playground') return 'playground'
  const upload = /^\/api\/([^/]+)\/file\//.exec(pathname)
  if (upload && uploadCollections.includes(upload[1])) return 'upload'
  // The PDF edition of a report (a Next route handler) is a file like an uploaded PDF.
  if (/^\/jaarverslagen\/[^/]+\/pdf$/.test(pathname)) return 'upload'
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'api'
  return 'site'
}

/**
 * Payload's JSON and code fields load the Monaco editor from this CDN (its loader's default);
 * with `'strict-dynamic'` its scripts are trusted because a trusted script inserts them, but its
 * stylesheet and font are loaded as such and need the host.
 */
export const MONACO_CDN = 'https://cdn.jsdelivr.net'
/** Payload's GraphQL playground (development only: Payload turns it off in production) comes from the same CDN. */
const PLAYGROUND_CDN = 'https://cdn.jsdelivr.net'

type Directives = Record<string, string[]>

const serialise = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')

/**
 * Pages (admin and site): scripts only with this response's nonce, and what those scripts load
 * (`'strict-dynamic'`; Next puts the nonce on its own scripts when it finds it in the request's
 * CSP header). Styles allow `'unsafe-inline'`: Payload's admin and Next set `style` attributes
 * and inline `<style>` elements, which a nonce cannot cover; inline styles cannot run code.
 * Development adds `'unsafe-eval'` (React's refresh) and websockets (hot reload).
 */
const pagePolicy = ({ development, nonce }: { development: boolean; nonce: string }): Directives => ({
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'", ...(development ? ['ws:', 'wss:'] : [])],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
  'style-src': ["'self'", "'unsafe-inline'"],
})

const policies: Record<Area, (args: { development: boolean; nonce: string }) => Directives> = {
  // The admin is never framed; it frames the site itself for live preview.
  admin: (args) => {
    const page = pagePolicy(args)
    return {
      ...page,
      'font-src': [...page['font-src'], MONACO_CDN],
      'frame-ancestors': ["'none'"],
      'frame-src': ["'self'"],
      'style-src': [...page['style-src'], MONACO_CDN],
      'worker-src': ["'self'", 'blob:'],
    }
  },
  // JSON answers: nothing in them may load or run anything, and nobody frames them.
  api: () => ({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] }),
  playground: () => ({
    'default-src': ["'self'"],
    'frame-ancestors': ["'none'"],
    'img-src': ["'self'", 'data:', PLAYGROUND_CDN],
    'script-src': ["'self'", "'unsafe-inline'", PLAYGROUND_CDN],
    'style-src': ["'self'", "'unsafe-inline'", PLAYGROUND_CDN, 'https://fonts.googleapis.com'],
    'font-src': ["'self'", 'data:', 'https://fonts.gstatic.com'],
  }),
  // A page rendered once and kept for every anonymous visitor cannot carry a per-response nonce,
  // and its inline scripts (Next's page data) differ per page, so no list of hashes fits either:
  // inline scripts are allowed, nothing from another origin. Logged-in visitors and the live
  // preview never get these pages (they get `site`).
  'cached-site': (args) => {
    const site = policies.site(args)
    return { ...site, 'script-src': ["'self'", "'unsafe-inline'", ...(args.development ? ["'unsafe-eval'"] : [])] }
  },
  // The site may be framed by its own admin (live preview), by nobody else.
  site: (args) => ({ ...pagePolicy(args), 'frame-ancestors': ["'self'"] }),
  // An image or PDF shown on its own runs nothing; the site may embed them.
  upload: () => ({ 'default-src': ["'none'"], 'frame-ancestors': ["'self'"], 'img-src': ["'self'"], 'object-src': ["'self'"], 'style-src': ["'unsafe-inline'"] }),
}

/** The headers for one response; `nonce` is only used by the page areas. */
export const securityHeaders = ({ area, development, nonce }: { area: Area; development: boolean; nonce: string }): Record<string, string> => {
  const policy = policies[area]({ development, nonce })
  return {
    'Content-Security-Policy': serialise(policy),
    'Permissions-Policy': 'camera=(), geolocation=(), microphone=(), payment=(), usb=()',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    // For browsers without CSP frame-ancestors; SAMEORIGIN where our own admin may frame it.
    'X-Frame-Options': policy['frame-ancestors']?.includes("'self'") ? 'SAMEORIGIN' : 'DENY',
  }
}

/** Whether the area's pages carry a nonce that Next must put on its scripts. */
export const usesNonce = (area: Area) => area === 'admin' || area === 'site'
