import { describe, expect, it } from '@jest/globals'

import { type Area, areaOf, securityHeaders } from '../../src/config/securityHeaders'

/** The CSP as a map of directive -> values, so tests read one directive at a time. */
const csp = (area: Area, development = false) =>
  Object.fromEntries(
    securityHeaders({ area, development, nonce: 'bm9uY2U=' })
      ['Content-Security-Policy'].split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  ) as Record<string, string[]>

describe('areaOf', () => {
  it.each([
    ['/admin', 'admin'],
    ['/admin/collections/chapters/3', 'admin'],
    ['/administratie', 'site'],
    ['/', 'site'],
    ['/jaarverslagen/jaarverslag-2024/ons-zakelijk-plan', 'site'],
    ['/preview', 'site'],
    ['/api/chapters', 'api'],
    ['/api/graphql', 'api'],
    ['/api/media/file/foto.png', 'upload'],
    ['/api/files/file/verslag.pdf', 'upload'],
    ['/api/report-pdfs/file/jaarverslag-2024.pdf', 'upload'],
    ['/jaarverslagen/jaarverslag-2024/pdf', 'upload'],
    ['/jaarverslagen/jaarverslag-2024/afdrukken', 'site'],
    ['/jaarverslagen/jaarverslag-2024/pdf/extra', 'site'],
    ['/api/chapters/file/x', 'api'],
    ['/api/graphql-playground', 'playground'],
  ])('puts %s in the %s area', (path, area) => {
    expect(areaOf(path)).toBe(area)
  })
})

describe('securityHeaders', () => {
  it.each(['admin', 'api', 'cached-site', 'playground', 'site', 'upload'] as Area[])('sends nosniff, a referrer policy and a CSP for the %s', (area) => {
    const headers = securityHeaders({ area, development: false, nonce: 'n' })
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors/)
    expect(Object.keys(headers).map((name) => name.toLowerCase())).not.toContain('x-powered-by')
  })

  it('lets nobody frame the admin, which may frame its own site for live preview', () => {
    expect(csp('admin')['frame-ancestors']).toEqual(["'none'"])
    expect(csp('admin')['frame-src']).toEqual(["'self'"])
    expect(securityHeaders({ area: 'admin', development: false, nonce: 'n' })['X-Frame-Options']).toBe('DENY')
  })

  it('lets only its own origin frame the site (the admin’s live preview)', () => {
    expect(csp('site')['frame-ancestors']).toEqual(["'self'"])
    expect(securityHeaders({ area: 'site', development: false, nonce: 'n' })['X-Frame-Options']).toBe('SAMEORIGIN')
  })

  it.each(['admin', 'site'] as Area[])('runs on the %s only scripts with the nonce or loaded by them, never inline or eval in production', (area) => {
    expect(csp(area)['script-src']).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"])
    expect(csp(area)['object-src']).toEqual(["'none'"])
    expect(csp(area)['base-uri']).toEqual(["'self'"])
  })

  it('runs on a kept site page (the same for every anonymous visitor) inline scripts and its own, nothing from elsewhere, no eval', () => {
    expect(csp('cached-site')['script-src']).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp('cached-site')['frame-ancestors']).toEqual(["'self'"])
    expect(csp('cached-site')['object-src']).toEqual(["'none'"])
    expect(csp('cached-site')['connect-src']).toEqual(["'self'"])
    expect(JSON.stringify(csp('cached-site'))).not.toMatch(/https:|nonce/)
    expect(csp('cached-site', true)['script-src']).toContain("'unsafe-eval'")
  })

  it('adds eval and websockets in development only (React refresh, hot reload)', () => {
    expect(csp('admin', true)['script-src']).toContain("'unsafe-eval'")
    expect(csp('site', true)['connect-src']).toEqual(["'self'", 'ws:', 'wss:'])
    expect(csp('site')['connect-src']).toEqual(["'self'"])
  })

  it('lets the admin load the stylesheet and font of Payload’s code editor from its CDN, and the site nothing from outside', () => {
    expect(csp('admin')['style-src']).toContain('https://cdn.jsdelivr.net')
    expect(JSON.stringify(csp('site'))).not.toMatch(/https:/)
  })

  it('lets nothing in an API answer load or run, and nobody frame it', () => {
    expect(csp('api')).toEqual({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] })
  })

  it('runs no script in an uploaded file shown on its own', () => {
    expect(csp('upload')['default-src']).toEqual(["'none'"])
    expect(csp('upload')['script-src']).toBeUndefined()
  })
})
