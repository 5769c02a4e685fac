import { describe, expect, it } from '@jest/globals'

import { pageRoute, RENDERED_PREFIX } from '../../src/config/cachedPages'

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
    '/',
    '/praktijken',
    '/podcasts',
    '/publicaties',
    '/toegankelijkheid',
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

  it('answers the address of a per-request copy, asked for directly, as unknown', () => {
    expect(pageRoute({ ...anonymous, pathname: `${RENDERED_PREFIX}/jaarverslagen/jaarverslag-2024` })).toEqual({ kind: 'unknown' })
    expect(pageRoute({ ...anonymous, pathname: RENDERED_PREFIX })).toEqual({ kind: 'unknown' })
  })
})
