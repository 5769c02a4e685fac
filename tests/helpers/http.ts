import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

type RouteHandler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

export type TestServer = {
  url: string
  close: () => Promise<void>
}

const readBody = async (req: IncomingMessage): Promise<Buffer | undefined> => {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * A real HTTP server on loopback in front of the same route handlers Next mounts under
 * `src/app/(payload)/api`: REST (`/api/...`, GET with our HTTP caching, writes behind the request
 * guard) and GraphQL (`/api/graphql`, POST behind the request guard, and GET for queries).
 */
export const startHttpServer = async (): Promise<TestServer> => {
  const { default: config } = await import('../../payload.config')
  const routes = await import('@payloadcms/next/routes')
  const { withHttpCaching } = await import('../../src/api/httpCache')
  const { graphqlGet } = await import('../../src/api/graphqlGet')
  const { withGraphqlRequestGuard, withRequestGuard } = await import('../../src/api/requestGuard')
  const rest: Record<string, RouteHandler> = {
    DELETE: routes.REST_DELETE(config),
    GET: withHttpCaching(routes.REST_GET(config)),
    HEAD: withHttpCaching(routes.REST_GET(config)),
    OPTIONS: routes.REST_OPTIONS(config),
    PATCH: withRequestGuard(routes.REST_PATCH(config), config),
    POST: withRequestGuard(routes.REST_POST(config), config),
    PUT: withRequestGuard(routes.REST_PUT(config), config),
  }
  const graphqlPost = routes.GRAPHQL_POST(config) as unknown as (request: Request) => Promise<Response>
  const graphql = withGraphqlRequestGuard(graphqlPost, config)
  const graphqlRead = withHttpCaching(graphqlGet(graphqlPost))

  let base = ''
  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', base)
      const body = await readBody(req)
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value)
        else if (Array.isArray(value)) headers.set(name, value.join(', '))
      }
      const request = new Request(url, { body: body ? new Uint8Array(body) : undefined, headers, method: req.method })
      let response: Response
      if (url.pathname === '/api/graphql' && req.method === 'POST') {
        response = await graphql(request)
      } else if (url.pathname === '/api/graphql' && req.method === 'GET') {
        response = await graphqlRead(request)
      } else if (url.pathname.startsWith('/api/') && rest[req.method ?? '']) {
        const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean)
        response = await rest[req.method as string](request, { params: Promise.resolve({ slug }) })
      } else {
        response = new Response('Not found', { status: 404 })
      }
      res.statusCode = response.status
      response.headers.forEach((value, name) => res.setHeader(name, value))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      res.statusCode = 500
      res.end(String(error))
    }
  })
  // Longer than the client's own idle timeout (undici: 4 s), so the client always drops an idle
  // connection first; otherwise a request sent just as the server closes it fails with ECONNRESET.
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
      }),
  }
}

export type Client = {
  token?: string
  rest: (path: string, init?: { method?: string; body?: unknown }) => Promise<{ status: number; body: any; headers: Headers }>
  graphql: (query: string, variables?: Record<string, unknown>) => Promise<{ status: number; body: any }>
}

/** A REST + GraphQL client, anonymous or logged in with a token (`Authorization: JWT ...`). */
export const client = (server: TestServer, token?: string): Client => {
  const headers = (): Record<string, string> => ({
    'Content-Type': 'application/json',
    ...(token ? { Authorization: `JWT ${token}` } : {}),
  })
  return {
    token,
    rest: async (path, init = {}) => {
      const response = await fetch(`${server.url}/api${path}`, {
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        headers: headers(),
        method: init.method ?? 'GET',
      })
      const text = await response.text()
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        // not JSON: keep the text
      }
      return { body, headers: response.headers, status: response.status }
    },
    graphql: async (query, variables) => {
      const response = await fetch(`${server.url}/api/graphql`, {
        body: JSON.stringify({ query, variables }),
        headers: headers(),
        method: 'POST',
      })
      return { body: await response.json(), status: response.status }
    },
  }
}

export const login = async (server: TestServer, email: string, password: string): Promise<Client> => {
  const response = await client(server).rest('/users/login', { body: { email, password }, method: 'POST' })
  if (response.status !== 200) throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(response.body)}`)
  return client(server, response.body.token)
}
