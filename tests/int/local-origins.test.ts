import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startHttpServer, type TestServer } from '../helpers/http'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

/**
 * The first start: `npm run dev` opened at http://127.0.0.1:<port>/admin while NEXT_PUBLIC_SERVER_URL
 * says localhost:3000. The admin authenticates with its login cookie, and Payload takes the cookie
 * only from an origin on its CSRF list.
 */
let ctx: TestContext
let server: TestServer
let cookie: string

beforeAll(async () => {
  delete process.env.NEXT_PUBLIC_SERVER_URL
  delete process.env.CORS_ORIGINS
  ctx = await startPayload()
  server = await startHttpServer()
  const { editor } = await createUsers(ctx.payload, 'origins')
  const login = await fetch(`${server.url}/api/users/login`, {
    body: JSON.stringify({ email: editor.email, password: TEST_PASSWORD }),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  expect(login.status).toBe(200)
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
  expect(cookie).toMatch(/^payload-token=/)
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

const me = (origin: string) => fetch(`${server.url}/api/users/me`, { headers: { Cookie: cookie, Origin: origin } })

describe('the admin on the first start, from every local address (development)', () => {
  it.each(['http://127.0.0.1:3000', 'http://127.0.0.1:3301', 'http://localhost:4123', 'http://[::1]:3000'])(
    'a logged-in editor on %s is recognised by the login cookie',
    async (origin) => {
      const response = await me(origin)
      const body = (await response.json()) as { user: null | { email: string } }
      expect(body.user?.email).toBe('origins-editor@test.local')
    },
  )

  it('a save from http://127.0.0.1:3000 is accepted, and the CORS answer names that origin', async () => {
    const response = await fetch(`${server.url}/api/chapters?draft=true`, {
      body: JSON.stringify({ title: 'Van 127.0.0.1' }),
      headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: 'http://127.0.0.1:3000' },
      method: 'POST',
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000')
    const { doc } = (await response.json()) as { doc: { id: number | string } }
    await ctx.payload.delete({ collection: 'chapters', id: doc.id, overrideAccess: true })
  })

  it('another machine is still refused the cookie', async () => {
    for (const origin of ['https://elders.example', 'http://127.0.0.2:3000', 'http://localhost.elders.example']) {
      const body = (await (await me(origin)).json()) as { user: unknown }
      expect([origin, body.user]).toEqual([origin, null])
    }
  })
})
