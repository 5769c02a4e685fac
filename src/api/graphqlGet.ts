import { getOperationAST, parse } from 'graphql'

const problem = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { headers: { 'Cache-Control': 'no-store', ...headers }, status })

/**
 * GraphQL over GET (`/api/graphql?query=...&variables=...&operationName=...`), for reads a CDN or
 * browser may cache: only queries, never mutations (a GET must not change anything). The query
 * is handed to Payload's own POST handler, so access control and the schema are the same.
 */
export const graphqlGet =
  (post: (request: Request) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    const query = url.searchParams.get('query')
    if (!query) return problem(400, 'Geef ?query=... op / pass ?query=...')
    const operationName = url.searchParams.get('operationName') || undefined
    let variables: unknown
    try {
      variables = url.searchParams.has('variables') ? JSON.parse(url.searchParams.get('variables') as string) : undefined
    } catch {
      return problem(400, '?variables moet JSON zijn / ?variables must be JSON')
    }
    let operation
    try {
      operation = getOperationAST(parse(query), operationName)
    } catch (error) {
      return problem(400, error instanceof Error ? error.message : String(error))
    }
    if (!operation) return problem(400, 'Geen (eenduidige) operatie in de query / no single operation in the query')
    if (operation.operation !== 'query') return problem(405, 'Enkel queries via GET; gebruik POST / only queries over GET; use POST', { Allow: 'POST' })
    const headers = new Headers(request.headers)
    headers.set('Content-Type', 'application/json')
    headers.delete('content-length')
    return post(new Request(url, { body: JSON.stringify({ operationName, query, variables }), headers, method: 'POST' }))
  }
