import { describe, expect, it } from '@jest/globals'

import { addressKey, checkPassword, clientAddressOf, DEFAULT_CONTEXT_WORDS, decideLoginAttempt, parseTrustProxy } from '../../src/plugins/account-security'
import { UNKNOWN_ADDRESS, UNTRUSTED_FORWARDED } from '../../src/plugins/account-security/clientAddress'
import { throttleLimits } from '../../src/plugins/account-security/options'
import { sanitizeOptions } from '../../src/plugins/account-security/options'

const policy = { contextWords: DEFAULT_CONTEXT_WORDS, minLength: 12 }
const mieke = { email: 'mieke.vasseur@socius.be', name: 'Mieke Vasseur' }

describe('checkPassword', () => {
  it.each([
    ['a passphrase', 'paard batterij nietje'],
    ['the seed demo password', 'jaarverslag-demo'],
    ['the test password', 'test-password-123'],
    ['exactly twelve characters', 'k7#mQ2!vR9zp'],
    ['twelve characters with accents', 'élégantçàùéèx'],
  ])('accepts %s', (_what, password) => {
    expect(checkPassword(password, mieke, policy)).toBeNull()
  })

  it('refuses eleven characters and says how many it needs and has, in Dutch and English', () => {
    expect(checkPassword('k7#mQ2!vR9z', mieke, policy)).toEqual({
      code: 'tooShort',
      message: { en: expect.stringContaining('at least 12 characters long (this one has 11)'), nl: expect.stringContaining('minstens 12 tekens lang zijn (dit heeft er 11)') },
    })
  })

  it('counts characters, not bytes: eleven accented letters are too short', () => {
    expect(checkPassword('éééééééééé€', mieke, policy)?.code).toBe('tooShort')
  })

  it('refuses a password longer than 256 characters', () => {
    expect(checkPassword('x'.repeat(100) + 'y'.repeat(100) + 'z'.repeat(57), mieke, policy)?.code).toBe('tooLong')
  })

  it.each(['password1234', 'qwertyuiop12', '1qaz2wsx3edc', 'Password-2024!', 'Iloveyou123456', '123456789012'])(
    'refuses the common password %s (also with digits and punctuation around it)',
    (password) => {
      expect(checkPassword(password, mieke, policy)).not.toBeNull()
    },
  )

  it('names a leaked password as one of the most used', () => {
    expect(checkPassword('qwertyuiop12', mieke, policy)).toEqual({
      code: 'common',
      message: { en: expect.stringContaining('most used passwords'), nl: expect.stringContaining('meest gebruikte wachtwoorden') },
    })
  })

  it.each([
    ['the email address', 'mieke.vasseur@socius.be'],
    ['the email name with a year', 'mieke.vasseur2024'],
    ['the full name', 'Mieke Vasseur!!'],
    ['the organisation of the email with digits', 'socius12345678'],
    ['the name of this CMS', 'Jaarverslag2024!'],
    ['"wachtwoord" in capitals with digits', 'WACHTWOORD-123'],
  ])('refuses %s', (_what, password) => {
    expect(checkPassword(password, mieke, policy)?.code).toBe('context')
  })

  it.each(['aaaaaaaaaaaa', 'abababababab', 'abcdefghijklm', 'zyxwvutsrqpo'])('refuses the repetitive or sequential %s', (password) => {
    expect(checkPassword(password, mieke, policy)?.code).toMatch(/repetitive|common/)
  })

  it('uses the account it is given: another person may use the name Mieke in a longer password', () => {
    expect(checkPassword('mieke.vasseur2024', { email: 'jan@socius.be', name: 'Jan' }, policy)).toBeNull()
  })
})

describe('clientAddressOf', () => {
  const headers = (forwarded?: string) => new Headers(forwarded === undefined ? {} : { 'x-forwarded-for': forwarded })

  it.each([
    ['the address Next writes for a direct connection', 0, '203.0.113.7', '203.0.113.7'],
    ['an IPv4 address written as IPv6', 0, '::ffff:127.0.0.1', '127.0.0.1'],
    ['an IPv6 address, by its /64 network', 0, '2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['a list while no proxy is trusted (it came from the client)', 0, '198.51.100.1, 203.0.113.7', UNTRUSTED_FORWARDED],
    ['no header', 0, undefined, UNKNOWN_ADDRESS],
    ['something that is no address', 0, 'localhost', UNKNOWN_ADDRESS],
    ['one trusted proxy: the entry it appended, not what the client wrote', 1, '198.51.100.1, 203.0.113.7', '203.0.113.7'],
    ['two trusted proxies: the entry the outer one appended', 2, '198.51.100.1, 203.0.113.7, 10.0.0.2', '203.0.113.7'],
    ['a trusted proxy and a single entry', 1, '203.0.113.7', '203.0.113.7'],
  ])('reads %s', (_what, proxies, forwarded, expected) => {
    expect(clientAddressOf(headers(forwarded), proxies)).toBe(expected)
  })

  it('gives two addresses of one IPv6 /64 the same key and another /64 another', () => {
    expect(addressKey('2001:db8::1')).toBe(addressKey('2001:db8::ffff'))
    expect(addressKey('2001:db8:0:1::1')).not.toBe(addressKey('2001:db8::1'))
  })
})

describe('parseTrustProxy', () => {
  it.each([
    [undefined, 0],
    ['', 0],
    ['false', 0],
    ['0', 0],
    ['true', 1],
    ['2', 2],
  ])('reads %p as %p proxies', (value, expected) => {
    expect(parseTrustProxy(value)).toBe(expected)
  })

  it('refuses a value it cannot read, naming TRUST_PROXY', () => {
    expect(() => parseTrustProxy('yes please')).toThrow(/TRUST_PROXY/)
  })
})

describe('decideLoginAttempt', () => {
  const now = Date.parse('2026-03-01T10:00:00Z')
  const limits = { maxFailuresFromAddress: 20, maxFailuresPerAccountFromAddress: 4, windowMs: 600_000 }
  const attempt = (client: string, account: string, secondsLeft: number) => ({ account, client, expiresAt: new Date(now + secondsLeft * 1000) })

  it('allows the fourth try of an address at an account and counts the account failures from every address', () => {
    const attempts = [attempt('a', 'x', 100), attempt('a', 'x', 200), attempt('a', 'x', 300), attempt('b', 'x', 50), attempt('a', 'y', 10)]
    expect(decideLoginAttempt({ account: 'x', attempts, client: 'a', limits, now })).toEqual({ accountFailures: 4, allowed: true })
  })

  it('refuses the fifth try of an address at an account until the oldest of its four has expired', () => {
    const attempts = [attempt('a', 'x', 100), attempt('a', 'x', 200), attempt('a', 'x', 300), attempt('a', 'x', 400), attempt('b', 'x', 5)]
    expect(decideLoginAttempt({ account: 'x', attempts, client: 'a', limits, now })).toEqual({ allowed: false, reason: 'account', retryAfterSeconds: 100 })
  })

  it('waits for as many to expire as it takes to make room for one more', () => {
    const attempts = [1, 2, 3, 4, 5, 6].map((minutes) => attempt('a', 'x', minutes * 60))
    expect(decideLoginAttempt({ account: 'x', attempts, client: 'a', limits, now })).toMatchObject({ allowed: false, retryAfterSeconds: 180 })
  })

  it('lets another address try the same account', () => {
    const attempts = [1, 2, 3, 4].map((minutes) => attempt('a', 'x', minutes * 60))
    expect(decideLoginAttempt({ account: 'x', attempts, client: 'b', limits, now })).toEqual({ accountFailures: 4, allowed: true })
  })

  it('refuses an address that failed at twenty accounts, also for a twenty-first', () => {
    const attempts = Array.from({ length: 20 }, (_, index) => attempt('a', `account-${index}`, 60 + index))
    expect(decideLoginAttempt({ account: 'new', attempts, client: 'a', limits, now })).toEqual({ allowed: false, reason: 'address', retryAfterSeconds: 60 })
  })

  it('ignores attempts that have expired', () => {
    const attempts = [1, 2, 3, 4].map((minutes) => attempt('a', 'x', -minutes))
    expect(decideLoginAttempt({ account: 'x', attempts, client: 'a', limits, now })).toEqual({ accountFailures: 0, allowed: true })
  })
})

describe('throttleLimits', () => {
  it('gives an address one try less at an account than the account lock, over the lock time', () => {
    expect(throttleLimits(sanitizeOptions(), { auth: { lockTime: 600_000, maxLoginAttempts: 5 } })).toEqual({
      maxFailuresFromAddress: 20,
      maxFailuresPerAccountFromAddress: 4,
      windowMs: 600_000,
    })
  })
})
