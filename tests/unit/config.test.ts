import { describe, expect, it } from '@jest/globals'

import { chapterSortKey } from '../../src/collections/Chapters/hooks/setSortKey'
import { allowedOrigins } from '../../src/config/origins'
import { EXAMPLE_SECRET, resolveSecret } from '../../src/config/secret'
import { Forbidden } from 'payload'

import { runJobsAccess } from '../../src/config/jobs'
import { isBusy } from '../../src/config/sqliteWrites'
import { copySlugCandidate, slugify } from '../../src/fields/slug'
import { validateHttpUrl, validateLinkUrl } from '../../src/fields/url'
import { wholeNumber } from '../../src/fields/validators'

// database.ts imports the adapters; the kind detection is tested without booting one.
const { databaseKind } = await import('../../src/config/database')

describe('resolveSecret', () => {
  it('lets development run without a secret', () => {
    expect(resolveSecret({ NODE_ENV: 'development' })).toMatch(/development/)
  })

  it.each([
    ['missing', undefined],
    ['empty', '   '],
    ['the .env.example placeholder', EXAMPLE_SECRET],
  ])('refuses to start production with a %s secret', (_what, secret) => {
    expect(() => resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toThrow(/PAYLOAD_SECRET/)
  })

  it('refuses a short production secret and says how long it must be', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'kort' })).toThrow(/at least 32/)
  })

  it('accepts a real production secret', () => {
    const secret = 'a'.repeat(16) + 'b'.repeat(16)
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toBe(secret)
  })
})

describe('databaseKind', () => {
  it.each([
    ['file:./data/jaarverslag.db', 'sqlite'],
    ['file::memory:?cache=shared', 'sqlite'],
    ['postgres://u:p@localhost:5432/db', 'postgres'],
    ['postgresql://u:p@localhost/db', 'postgres'],
    ['mongodb://localhost:27017/jaarverslag', 'mongodb'],
    ['mongodb+srv://cluster.example.net/jaarverslag', 'mongodb'],
  ])('%s -> %s', (url, kind) => {
    expect(databaseKind(url)).toBe(kind)
  })
})

describe('allowedOrigins', () => {
  it('always allows the server itself and adds the listed origins without trailing slashes', () => {
    expect(allowedOrigins({ CORS_ORIGINS: 'https://a.example/, https://b.example', NEXT_PUBLIC_SERVER_URL: 'https://cms.example' })).toEqual([
      'https://cms.example',
      'https://a.example',
      'https://b.example',
    ])
  })

  it('defaults to localhost:3000', () => {
    expect(allowedOrigins({})).toEqual(['http://localhost:3000'])
  })

  it('in development accepts localhost, 127.0.0.1 and [::1] on any port, and nothing else', () => {
    const origins = allowedOrigins({ NODE_ENV: 'development' })
    for (const origin of ['http://127.0.0.1:3000', 'http://localhost:3307', 'https://127.0.0.1:8443', 'http://[::1]:3000', 'http://localhost']) {
      expect([origin, origins.includes(origin), origins.indexOf(origin) >= 0]).toEqual([origin, true, true])
    }
    for (const origin of ['https://elders.example', 'http://127.0.0.2:3000', 'http://localhost.elders.example', 'http://127.0.0.1:3000/pad', 'null', 'file://localhost']) {
      expect([origin, origins.includes(origin), origins.indexOf(origin)]).toEqual([origin, false, -1])
    }
  })

  it('in production accepts only the configured origins, as before', () => {
    const origins = allowedOrigins({ NEXT_PUBLIC_SERVER_URL: 'https://cms.example', NODE_ENV: 'production' })
    expect(origins.includes('https://cms.example')).toBe(true)
    expect(origins.includes('http://127.0.0.1:3000')).toBe(false)
    expect(origins.indexOf('http://localhost:3000')).toBe(-1)
  })
})

describe('slugify', () => {
  it.each([
    ['Jaarverslag 2024', 'jaarverslag-2024'],
    ["Over de foto's", 'over-de-foto-s'],
    ['Zakelijk plan én financieel beleid', 'zakelijk-plan-en-financieel-beleid'],
    ['  --Coördinatie--  ', 'coordinatie'],
  ])('%s -> %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })
})

describe('copySlugCandidate', () => {
  it('appends -2, -3, ... and shortens a long slug to stay within 120 characters', () => {
    expect(copySlugCandidate('ons-zakelijk-plan', 1)).toBe('ons-zakelijk-plan-2')
    expect(copySlugCandidate('jaarverslag-2024', 2)).toBe('jaarverslag-2024-3')
    const long = copySlugCandidate(`${'a'.repeat(117)}-b`, 1)
    expect(long).toBe(`${'a'.repeat(117)}-2`)
    expect(long.length).toBeLessThanOrEqual(120)
  })
})

describe('runJobsAccess', () => {
  const req = (user: unknown, authorization = '') => ({ headers: new Headers(authorization ? { authorization } : {}), t: (key: string) => key, user }) as never

  it('lets an admin run jobs, answers a logged-in editor or author with 403 (not "log in"), and an anonymous caller with false (401)', () => {
    expect(runJobsAccess({ req: req({ roles: ['admin'] }) })).toBe(true)
    expect(() => runJobsAccess({ req: req({ roles: ['editor'] }) })).toThrow(Forbidden)
    expect(() => runJobsAccess({ req: req({ roles: ['author'] }) })).toThrow(Forbidden)
    expect(runJobsAccess({ req: req(null) })).toBe(false)
  })
})

describe('chapterSortKey', () => {
  it('sorts by section first, then by each number part as a number', () => {
    const keys = [
      chapterSortKey(2, '1.1'),
      chapterSortKey(1, '2.10'),
      chapterSortKey(1, '2.3'),
      chapterSortKey(1, '10'),
      chapterSortKey(1, '2'),
    ]
    expect([...keys].sort()).toEqual([
      chapterSortKey(1, '2'),
      chapterSortKey(1, '2.3'),
      chapterSortKey(1, '2.10'),
      chapterSortKey(1, '10'),
      chapterSortKey(2, '1.1'),
    ])
  })
})

describe('field validators', () => {
  it('wholeNumber names the field and the value', () => {
    expect(wholeNumber('Het aantal downloads')(2.5)).toBe('Het aantal downloads moet een geheel getal vanaf 0 zijn (kreeg 2.5).')
    expect(wholeNumber('Het aantal downloads')(-1)).toMatch(/vanaf 0/)
    expect(wholeNumber('Het aantal downloads')(12)).toBe(true)
    expect(wholeNumber('Het aantal downloads')(null)).toBe(true)
  })

  it('validateLinkUrl accepts http(s), mailto, tel and paths on this site, and nothing else', () => {
    for (const url of ['https://socius.be', 'mailto:a@b.be', 'tel:+32', '/pad', '#anker', '', null]) expect(validateLinkUrl(url)).toBe(true)
    for (const url of ['javascript:alert(1)', 'data:text/html,x', ' JAVASCRIPT:x', 'java\nscript:x']) expect(validateLinkUrl(url)).toMatchObject({ nl: expect.stringContaining('enkel http(s), mailto, tel') })
  })

  it('validateHttpUrl accepts http(s) only', () => {
    expect(validateHttpUrl('https://socius.be')).toBe(true)
    expect(validateHttpUrl('javascript:alert(1)')).toMatch(/http/)
    expect(validateHttpUrl('socius.be')).toMatch(/geen geldig webadres/)
  })
})

describe('isBusy (a SQLite write refused because another connection holds the lock)', () => {
  it('recognises libSQL\'s SQLITE_BUSY, also wrapped by drizzle as the cause', () => {
    const libsql = Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' })
    expect(isBusy(libsql)).toBe(true)
    expect(isBusy(Object.assign(new Error('Failed query: update "users" set ...'), { cause: libsql }))).toBe(true)
    expect(isBusy(new Error('database is locked'))).toBe(true)
  })

  it('leaves every other failure alone', () => {
    expect(isBusy(Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBe(false)
    expect(isBusy(new Error('Failed query', { cause: new Error('no such table: users') }))).toBe(false)
    expect(isBusy(undefined)).toBe(false)
  })
})
