import { describe, expect, it } from '@jest/globals'

import { KEPT_PREFIX, pageRoute, RENDERED_PREFIX } from '../../src/config/cachedPages'

const anonymous = { cookies: [] as string[], siteCache: true }

describe('pageRoute', () => {
  it.each([
    '/jaarverslagen/jaarverslag-2024',
    '/jaarverslagen/jaarverslag-2024/',
    '/jaarverslagen/jaarverslag-2024/cijfers-beeldvorming-en-promotie',
    '/jaarverslagen/jaarverslag-2024/uitgelicht/vorming-in-de-kijker',
  ])('keeps %s for an anonymous visitor', (pathname) => {
    expect(pageRoute({ ...anonymous, pathname })).toEqual({ kind: 'kept' })
  })

  it.each([
    ['/', 'start'],
    ['/praktijken', 'praktijken'],
    ['/podcasts', 'podcasts'],
    ['/publicaties', 'publicaties'],
    ['/toegankelijkheid', 'toegankelijkheid'],
  ])('keeps %s for an anonymous visitor, from the kept route %s', (pathname, name) => {
    expect(pageRoute({ ...anonymous, pathname })).toEqual({ kind: 'kept', path: `${KEPT_PREFIX}/${name}` })
    expect(pageRoute({ ...anonymous, pathname, search: '?utm_source=nieuwsbrief' }).kind).toBe(name === 'praktijken' ? 'other' : 'kept')
  })

  it('renders filtered or paged practices for the request (from the kept reads)', () => {
    expect(pageRoute({ ...anonymous, pathname: '/praktijken', search: '?erkenning=erkend&pagina=2' })).toEqual({ kind: 'other' })
  })

  it.each(['/', '/podcasts', '/praktijken'])('renders %s on its own route for a logged-in visitor or with SITE_CACHE=off', (pathname) => {
    expect(pageRoute({ cookies: ['payload-token'], pathname, siteCache: true })).toEqual({ kind: 'other' })
    expect(pageRoute({ cookies: [], pathname, siteCache: false })).toEqual({ kind: 'other' })
  })

  it.each([
    '/jaarverslagen',
    '/jaarverslagen/jaarverslag-2024/afdrukken',
    '/jaarverslagen/jaarverslag-2024/pdf',
    '/jaarverslagen/jaarverslag-2024/uitgelicht',
    '/jaarverslagen/jaarverslag-2024/hoofdstuk/extra',
    '/admin/collections/chapters',
    '/api/chapters',
    '/preview',
  ])('leaves %s as it is (rendered for each request, or not a page)', (pathname) => {
    expect(pageRoute({ ...anonymous, pathname })).toEqual({ kind: 'other' })
  })

  it.each([['payload-token'], ['__prerender_bypass'], ['payload-lng', 'payload-token']])('renders a kept page for the request when the visitor sends %s', (...cookies) => {
    const pathname = '/jaarverslagen/jaarverslag-2024/cijfers-beeldvorming-en-promotie'
    expect(pageRoute({ cookies, pathname, siteCache: true })).toEqual({ kind: 'rendered', path: `${RENDERED_PREFIX}${pathname}` })
  })

  it('keeps the page for a visitor whose only cookie is the admin language', () => {
    expect(pageRoute({ cookies: ['payload-lng'], pathname: '/jaarverslagen/jaarverslag-2024', siteCache: true })).toEqual({ kind: 'kept' })
  })

  it('renders every kept page for each request with SITE_CACHE=off', () => {
    expect(pageRoute({ cookies: [], pathname: '/jaarverslagen/jaarverslag-2024', siteCache: false })).toEqual({ kind: 'rendered', path: `${RENDERED_PREFIX}/jaarverslagen/jaarverslag-2024` })
  })

  it('answers the address of a per-request copy or a kept route, asked for directly, as unknown', () => {
    expect(pageRoute({ ...anonymous, pathname: `${RENDERED_PREFIX}/jaarverslagen/jaarverslag-2024` })).toEqual({ kind: 'unknown' })
    expect(pageRoute({ ...anonymous, pathname: RENDERED_PREFIX })).toEqual({ kind: 'unknown' })
    expect(pageRoute({ ...anonymous, pathname: `${KEPT_PREFIX}/start` })).toEqual({ kind: 'unknown' })
    expect(pageRoute({ cookies: ['payload-token'], pathname: `${KEPT_PREFIX}/podcasts`, siteCache: true })).toEqual({ kind: 'unknown' })
  })
})
