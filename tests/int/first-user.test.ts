import { afterAll, beforeAll, expect, it } from '@jest/globals'

import type { TestContext } from '../helpers/payload'

import { client, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'

let ctx: TestContext
let server: TestServer

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

it('makes the first registered user an admin, and closes registration after that', async () => {
  const anonymous = client(server)
  const first = await anonymous.rest('/users/first-register', {
    body: { email: 'eerste@test.local', name: 'Eerste', password: 'een-goed-wachtwoord', roles: ['author'] },
    method: 'POST',
  })
  expect(first.status).toBe(200)
  const stored = await ctx.payload.find({ collection: 'users', where: { email: { equals: 'eerste@test.local' } } })
  expect(stored.docs[0].roles).toEqual(expect.arrayContaining(['admin']))

  const second = await anonymous.rest('/users/first-register', {
    body: { email: 'tweede@test.local', name: 'Tweede', password: 'een-goed-wachtwoord', roles: ['admin'] },
    method: 'POST',
  })
  expect(second.status).toBe(403)
})
