import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'

import type { TestContext } from '../helpers/payload'

import { client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let server: TestServer
let admin: Awaited<ReturnType<typeof login>>
const created: (number | string)[] = []

beforeAll(async () => {
  // One proxy in front: the client's address is the last X-Forwarded-For entry.
  process.env.TRUST_PROXY = '1'
  ctx = await startPayload()
  server = await startHttpServer()
  await createUsers(ctx.payload, 'acct')
  admin = await login(server, 'acct-admin@test.local', TEST_PASSWORD)
})

afterEach(async () => {
  for (const id of created.splice(0)) await ctx.payload.delete({ collection: 'users', id })
  await ctx.payload.db.deleteMany({ collection: 'login-attempts', where: {} })
})

afterAll(async () => {
  delete process.env.TRUST_PROXY
  await server?.close()
  await ctx?.stop()
})

const GOOD_PASSWORD = 'paard batterij nietje'

const makeUser = async (name: string) => {
  const user = await ctx.payload.create({
    collection: 'users',
    data: { email: `${name}@test.local`, name, password: GOOD_PASSWORD, roles: ['author'] },
  })
  created.push(user.id)
  return user
}

/** A request through one trusted proxy, which appended `address`; the client wrote a fake one before it. */
const from = (address: string) => ({ 'Content-Type': 'application/json', 'X-Forwarded-For': `192.0.2.99, ${address}` })

const loginFrom = async (address: string, email: string, password: string) => {
  const response = await fetch(`${server.url}/api/users/login`, { body: JSON.stringify({ email, password }), headers: from(address), method: 'POST' })
  return { body: await response.json(), headers: response.headers, status: response.status }
}

const graphqlLoginFrom = async (address: string, email: string, password: string) => {
  const response = await fetch(`${server.url}/api/graphql`, {
    body: JSON.stringify({ query: 'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }', variables: { email, password } }),
    headers: from(address),
    method: 'POST',
  })
  return (await response.json()) as { data?: unknown; errors?: { message: string; extensions: { name: string; statusCode: number } }[] }
}

const lockState = async (id: number | string) => {
  const user = await ctx.payload.db.findOne<{ id: number | string; lockUntil?: string | null; loginAttempts?: number }>({ collection: 'users', where: { id: { equals: id } } })
  return { locked: Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now()), loginAttempts: user?.loginAttempts ?? 0 }
}

const passwordErrorOf = (body: { errors?: { data?: { errors?: { message: string; path: string }[] } }[] }) => body.errors?.[0]?.data?.errors?.[0]

describe('password policy', () => {
  it('refuses a password of eleven characters when an admin creates an account, naming the password field', async () => {
    const response = await admin.rest('/users', { body: { email: 'kort@test.local', name: 'Kort', password: 'k7#mQ2!vR9z', roles: ['author'] }, method: 'POST' })
    expect(response.status).toBe(400)
    expect(passwordErrorOf(response.body)).toEqual({ message: expect.stringMatching(/minstens 12 tekens.*dit heeft er 11/), path: 'password' })
    expect((await ctx.payload.count({ collection: 'users', where: { email: { equals: 'kort@test.local' } } })).totalDocs).toBe(0)
  })

  it.each([
    ['a leaked common password', 'qwertyuiop12', /meest gebruikte wachtwoorden/],
    ['the account email', 'nieuw.lid@test.local', /e-mailadres, uw naam/],
    ['the name of this CMS with a year', 'Jaarverslag2024!', /e-mailadres, uw naam of de naam van deze site/],
  ])('refuses %s as the password of a new account', async (_what, password, message) => {
    const response = await admin.rest('/users', { body: { email: 'nieuw.lid@test.local', name: 'Nieuw Lid', password, roles: ['author'] }, method: 'POST' })
    expect(response.status).toBe(400)
    expect(passwordErrorOf(response.body)).toEqual({ message: expect.stringMatching(message), path: 'password' })
  })

  it('refuses a weak new password for one’s own account and keeps the old one', async () => {
    const user = await makeUser('eigen-wachtwoord')
    const self = await login(server, 'eigen-wachtwoord@test.local', GOOD_PASSWORD)
    const response = await self.rest(`/users/${user.id}`, { body: { password: 'wachtwoord12' }, method: 'PATCH' })
    expect(response.status).toBe(400)
    expect(passwordErrorOf(response.body)?.path).toBe('password')
    await expect(login(server, 'eigen-wachtwoord@test.local', GOOD_PASSWORD)).resolves.toBeDefined()
  })

  it('refuses a weak password on reset-password and accepts a good one', async () => {
    const user = await makeUser('vergeten')
    const token = `reset-${Date.now().toString(36)}`
    await ctx.payload.db.updateOne({
      id: user.id,
      collection: 'users',
      data: { resetPasswordExpiration: new Date(Date.now() + 3_600_000).toISOString(), resetPasswordToken: token },
    })
    const weak = await client(server).rest('/users/reset-password', { body: { password: 'vergeten2024', token }, method: 'POST' })
    expect(weak.status).toBe(400)
    expect(passwordErrorOf(weak.body)?.path).toBe('password')
    const good = await client(server).rest('/users/reset-password', { body: { password: 'een nieuw lang wachtwoord', token }, method: 'POST' })
    expect(good.status).toBe(200)
    await expect(login(server, 'vergeten@test.local', 'een nieuw lang wachtwoord')).resolves.toBeDefined()
  })
})

describe('login throttling before the account lock', () => {
  it('answers a stranger’s fifth guess from one address with 429 and Retry-After, and the owner still logs in from another address', async () => {
    const user = await makeUser('doelwit')
    for (let guess = 1; guess <= 4; guess++) expect((await loginFrom('203.0.113.7', 'doelwit@test.local', `gok-${guess}-xxxxxxxx`)).status).toBe(401)
    const fifth = await loginFrom('203.0.113.7', 'doelwit@test.local', 'gok-5-xxxxxxxx')
    expect(fifth.status).toBe(429)
    const retryAfter = Number(fifth.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(600)
    expect(fifth.body.errors[0].message).toMatch(/Te veel mislukte aanmeldpogingen vanaf dit adres/)
    // Even the right password waits: the address is throttled, not judged; GraphQL too.
    expect((await loginFrom('203.0.113.7', 'doelwit@test.local', GOOD_PASSWORD)).status).toBe(429)
    expect((await graphqlLoginFrom('203.0.113.7', 'doelwit@test.local', GOOD_PASSWORD)).errors?.[0]).toMatchObject({
      extensions: { statusCode: 429 },
      message: expect.stringMatching(/Te veel mislukte aanmeldpogingen/),
    })
    expect(await lockState(user.id)).toEqual({ locked: false, loginAttempts: 4 })
    expect((await loginFrom('198.51.100.20', 'doelwit@test.local', GOOD_PASSWORD)).status).toBe(200)
  })

  it('never lets one address lock an account by guessing slowly, window after window', async () => {
    const user = await makeUser('langzaam')
    for (let window = 0; window < 3; window++) {
      for (let guess = 1; guess <= 4; guess++) expect((await loginFrom('203.0.113.8', 'langzaam@test.local', `gok-${window}-${guess}-xxxxxx`)).status).toBe(401)
      // The window passes: every attempt so far expires.
      await ctx.payload.db.updateMany({ collection: 'login-attempts', data: { expiresAt: new Date(Date.now() - 1000).toISOString() }, where: {} })
    }
    expect((await lockState(user.id)).locked).toBe(false)
    expect((await loginFrom('198.51.100.21', 'langzaam@test.local', GOOD_PASSWORD)).status).toBe(200)
  })

  it('forgets an address’s mistakes once it logs in', async () => {
    await makeUser('vergissing')
    for (let guess = 1; guess <= 3; guess++) await loginFrom('203.0.113.9', 'vergissing@test.local', `typfout-${guess}-xxxxx`)
    expect((await loginFrom('203.0.113.9', 'vergissing@test.local', GOOD_PASSWORD)).status).toBe(200)
    // Four new tries, counted from the login on; the fifth waits.
    for (let guess = 1; guess <= 4; guess++) expect((await loginFrom('203.0.113.9', 'vergissing@test.local', `typfout-${guess}-yyyyy`)).status).toBe(401)
    expect((await loginFrom('203.0.113.9', 'vergissing@test.local', 'typfout-5-yyyyy')).status).toBe(429)
  })

  it('lets no more than four of eight parallel guesses from one address through, and the account stays unlocked', async () => {
    const user = await makeUser('parallel')
    const answers = await Promise.all(Array.from({ length: 8 }, (_, guess) => loginFrom('203.0.113.10', 'parallel@test.local', `gok-${guess}-parallel`)))
    const statuses = answers.map((answer) => answer.status).sort()
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(4)
    expect(statuses.filter((status) => status !== 401 && status !== 429)).toEqual([])
    expect((await lockState(user.id)).locked).toBe(false)
    expect((await loginFrom('198.51.100.22', 'parallel@test.local', GOOD_PASSWORD)).status).toBe(200)
  })

  it('stops an address that failed at twenty accounts, also for a right password elsewhere', async () => {
    await makeUser('sproeier')
    for (let account = 1; account <= 20; account++) expect((await loginFrom('203.0.113.11', `bestaat-niet-${account}@test.local`, 'wat dan ook 123')).status).toBe(401)
    expect((await loginFrom('203.0.113.11', 'sproeier@test.local', GOOD_PASSWORD)).status).toBe(429)
    expect((await loginFrom('198.51.100.23', 'sproeier@test.local', GOOD_PASSWORD)).status).toBe(200)
  })

  it('stores neither the email nor the address of an attempt', async () => {
    await makeUser('privacy')
    await loginFrom('203.0.113.12', 'privacy@test.local', 'fout fout fout fout')
    const { docs } = await ctx.payload.find({ collection: 'login-attempts', overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(JSON.stringify(docs)).not.toMatch(/privacy|203\.0\.113/)
  })

  it('keeps the attempts away from REST and GraphQL, also for an admin', async () => {
    expect((await admin.rest('/login-attempts')).status).toBe(403)
    const schema = await admin.graphql('{ __schema { queryType { fields { name } } } }')
    expect(JSON.stringify(schema.body)).not.toMatch(/[Ll]oginAttempt/)
  })
})

describe('the answer for a locked account', () => {
  it('locks an account after five failures from several addresses, then answers its right password exactly like a wrong one, on REST and GraphQL', async () => {
    const user = await makeUser('vergrendeld')
    await makeUser('vergelijking')
    for (const address of ['203.0.113.20', '203.0.113.20', '203.0.113.20', '203.0.113.21', '203.0.113.21']) {
      expect((await loginFrom(address, 'vergrendeld@test.local', 'niet het wachtwoord')).status).toBe(401)
    }
    expect((await lockState(user.id)).locked).toBe(true)

    const locked = await loginFrom('198.51.100.30', 'vergrendeld@test.local', GOOD_PASSWORD)
    const wrong = await loginFrom('198.51.100.31', 'vergelijking@test.local', 'niet het wachtwoord')
    expect(locked.status).toBe(401)
    expect(locked.body).toEqual(wrong.body)
    expect(JSON.stringify(locked.body)).not.toMatch(/vergrendeld|locked/i)

    const lockedGraphql = await graphqlLoginFrom('198.51.100.32', 'vergrendeld@test.local', GOOD_PASSWORD)
    const wrongGraphql = await graphqlLoginFrom('198.51.100.33', 'vergelijking@test.local', 'niet het wachtwoord')
    expect(lockedGraphql.errors?.[0]).toMatchObject({ extensions: { statusCode: 401 } })
    expect({ ...lockedGraphql.errors?.[0], locations: undefined, path: undefined }).toEqual({ ...wrongGraphql.errors?.[0], locations: undefined, path: undefined })
  })
})
