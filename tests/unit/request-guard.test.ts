import { describe, expect, it } from '@jest/globals'

import { inspectRequestBody, withGraphqlRequestGuard, withRequestGuard } from '../../src/api/requestGuard'

const config = { cors: ['https://jaarverslag.example'] }

const request = (body: BodyInit | undefined, headers: Record<string, string> = {}, method = 'POST') =>
  new Request('http://localhost/api/chapters', { body, headers, method })

describe('the request guard refuses bodies Payload cannot read', () => {
  it.each([
    ['text/plain', '{"title":"x"}', 415, 'Content-Type'],
    ['application/x-www-form-urlencoded', 'title=x', 415, 'Content-Type'],
    ['Application/JSON', '{"title":"x"}', 415, 'Content-Type'],
    ['application/merge-patch+json', '{"title":"x"}', 415, 'Content-Type'],
    ['application/json', '{"title": ', 400, 'body'],
    ['application/json', '[1, 2]', 400, 'body'],
    ['application/json', 'null', 400, 'body'],
    ['application/json; charset=utf-8', '"tekst"', 400, 'body'],
  ])('%s with %j: %i naming %s', async (contentType, body, status, path) => {
    expect(await inspectRequestBody(request(body, { 'Content-Type': contentType }))).toMatchObject({ path, status })
  })

  it('a body without a Content-Type is refused (415); no body at all passes', async () => {
    const bare = new Request('http://localhost/api/chapters', { body: new Uint8Array([123, 125]), method: 'POST' })
    expect(await inspectRequestBody(bare)).toMatchObject({ path: 'Content-Type', status: 415 })
    expect(await inspectRequestBody(request(undefined))).toBeNull()
    expect(await inspectRequestBody(request('', { 'Content-Type': 'text/plain' }))).toBeNull()
  })

  it.each([
    ['application/json', '{"title":"x"}'],
    ['application/json; charset=utf-8', '{"title":"x"}'],
  ])('%s with a JSON object passes', async (contentType, body) => {
    expect(await inspectRequestBody(request(body, { 'Content-Type': contentType }))).toBeNull()
  })

  it("form-encoded bodies pass for Payload's GET over POST (its admin's long queries)", async () => {
    const override = request('where[title][like]=x', { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' })
    expect(await inspectRequestBody(override)).toBeNull()
  })

  it('multipart: a _payload that is no JSON object is refused naming _payload; a valid one, or none, passes', async () => {
    const form = (payload?: string) => {
      const data = new FormData()
      data.append('file', new Blob(['a;b']), 'a.csv')
      if (payload !== undefined) data.append('_payload', payload)
      return request(data)
    }
    expect(await inspectRequestBody(form('{not json'))).toMatchObject({ path: '_payload', status: 400 })
    expect(await inspectRequestBody(form('[true]'))).toMatchObject({ path: '_payload', status: 400 })
    expect(await inspectRequestBody(form('{"dryRun":true}'))).toBeNull()
    expect(await inspectRequestBody(form())).toBeNull()
  })

  it('GET and DELETE are not inspected', async () => {
    expect(await inspectRequestBody(new Request('http://localhost/api/chapters', { method: 'GET' }))).toBeNull()
    expect(await inspectRequestBody(request('x', { 'Content-Type': 'text/plain' }, 'DELETE'))).toBeNull()
  })

  it('leaves the body for the handler, and answers refusals in the REST and GraphQL error shapes', async () => {
    const seen: string[] = []
    const handler = async (incoming: Request) => {
      seen.push(await incoming.text())
      return new Response('ok')
    }
    expect(await (await withRequestGuard(handler, config)(request('{"title":"x"}', { 'Content-Type': 'application/json' }))).text()).toBe('ok')
    expect(seen).toEqual(['{"title":"x"}'])

    const rest = await withRequestGuard(handler, config)(request('x', { 'Content-Type': 'text/plain' }))
    expect(rest.status).toBe(415)
    expect(rest.headers.get('cache-control')).toBe('no-store')
    expect((await rest.json()).errors[0].data.errors[0].path).toBe('Content-Type')

    const graphql = await withGraphqlRequestGuard(handler, config)(request('{"query": ', { 'Content-Type': 'application/json' }))
    expect(graphql.status).toBe(400)
    expect((await graphql.json()).errors[0].extensions).toMatchObject({ data: { errors: [{ path: 'body' }] }, statusCode: 400 })
    expect(seen).toHaveLength(1)
  })

  it('a refusal carries the CORS headers Payload sends: a browser on an allowed origin can read it, another origin gets none', async () => {
    const handler = async () => new Response('ok')
    const from = (origin: string) => request('x', { 'Content-Type': 'text/plain', Origin: origin })
    const allowed = await withRequestGuard(handler, config)(from('https://jaarverslag.example'))
    expect(allowed.status).toBe(415)
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://jaarverslag.example')
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true')
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST')
    expect(allowed.headers.get('cache-control')).toBe('no-store')
    const other = await withRequestGuard(handler, config)(from('https://elders.example'))
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const graphql = await withGraphqlRequestGuard(handler, Promise.resolve(config))(
      request('{"query": ', { 'Content-Type': 'application/json', Origin: 'https://jaarverslag.example' }),
    )
    expect(graphql.status).toBe(400)
    expect(graphql.headers.get('access-control-allow-origin')).toBe('https://jaarverslag.example')
  })
})
