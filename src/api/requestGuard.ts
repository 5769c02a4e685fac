import type { PayloadRequest, SanitizedConfig } from 'payload'

import { headersWithCors } from 'payload'

/** Why a request body is refused before Payload reads it: the status, the part of the request at fault, and the reason. */
export type BodyProblem = { status: 400 | 415; path: string; message: string }

const WRITE_METHODS = new Set(['PATCH', 'POST', 'PUT'])

/**
 * The content type as Payload reads it (`addDataAndFileToRequest`): the part before the first
 * `;`, compared exactly. `application/json; charset=utf-8` is JSON to Payload, `Application/JSON`
 * is not, so it is not to us either: what passes here is what Payload parses.
 */
const payloadContentType = (request: Request) => (request.headers.get('content-type') ?? '').split(';', 1)[0]

const isMethodOverrideGet = (request: Request) =>
  request.method.toUpperCase() === 'POST' &&
  (request.headers.get('x-payload-http-method-override') === 'GET' || request.headers.get('x-http-method-override') === 'GET')

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)

const jsonProblem = (text: string, path: string, what: { en: string; nl: string }): BodyProblem | null => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { message: `${what.nl} is geen geldige JSON / ${what.en} is not valid JSON: ${reason}`, path, status: 400 }
  }
  return isObject(value) ? null : { message: `${what.nl} moet een JSON-object zijn / ${what.en} must be a JSON object`, path, status: 400 }
}

/**
 * What is wrong with the body of a write request (POST, PATCH, PUT) before Payload parses it, or
 * null. Payload answers 500 for all of these: a body it cannot read as JSON or multipart
 * (`text/plain`, a form post: the document data is then missing), JSON that does not parse, and
 * a multipart `_payload` that is not a JSON object. Form-encoded bodies are fine only for
 * Payload's GET-over-POST (`X-Payload-HTTP-Method-Override: GET`), which its admin uses for long
 * queries. A request without a body passes (logout, refresh, the jobs and publish endpoints).
 * Reads a clone: the request itself is left for Payload.
 */
export const inspectRequestBody = async (request: Request): Promise<BodyProblem | null> => {
  if (!WRITE_METHODS.has(request.method.toUpperCase()) || request.body === null) return null
  const contentType = payloadContentType(request)
  if (contentType.includes('multipart/')) {
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return { message: `De multipart-body is onleesbaar / the multipart body cannot be read: ${reason}`, path: 'body', status: 400 }
    }
    const data = form.get('_payload')
    if (data === null) return null
    if (typeof data !== 'string') return { message: '_payload moet tekst (JSON) zijn, geen bestand / _payload must be text (JSON), not a file', path: '_payload', status: 400 }
    return jsonProblem(data, '_payload', { en: '_payload', nl: '_payload' })
  }
  const text = await request.clone().text()
  if (!text.length) return null
  if (contentType === 'application/json') return jsonProblem(text, 'body', { en: 'The body', nl: 'De body' })
  if (contentType === 'application/x-www-form-urlencoded' && isMethodOverrideGet(request)) return null
  const shown = request.headers.get('content-type') ?? '(geen / none)'
  return {
    message:
      `Content-Type ${shown} wordt niet aanvaard: stuur application/json, of multipart/form-data met de gegevens als JSON in _payload / ` +
      `Content-Type ${shown} is not accepted: send application/json, or multipart/form-data with the data as JSON in _payload`,
    path: 'Content-Type',
    status: 415,
  }
}

const NO_STORE = { 'Cache-Control': 'no-store' }

/** The part of the Payload config the guard answers with: its CORS origins. The app's config is a promise (`@payload-config`). */
export type GuardConfig = Pick<SanitizedConfig, 'cors'> | Promise<Pick<SanitizedConfig, 'cors'>>

/**
 * The headers of a refusal: no caching, and the CORS headers Payload would send for this request
 * (its own `headersWithCors`, which reads only the request's Origin and the config's `cors`), so a
 * browser client on an allowed origin can read why it was refused.
 */
const refusalHeaders = async (request: Request, config: GuardConfig, extra: Record<string, string> = {}): Promise<Headers> => {
  const req = { headers: request.headers, payload: { config: await config } } as unknown as PayloadRequest
  return headersWithCors({ headers: new Headers({ ...NO_STORE, ...extra }), req })
}

/** A refusal in the shape of Payload's REST errors (`errors[0].data.errors[0].path` names the part at fault). */
const restResponse = async (request: Request, config: GuardConfig, { message, path, status }: BodyProblem) =>
  Response.json(
    { errors: [{ data: { errors: [{ message, path }] }, message, name: status === 415 ? 'UnsupportedMediaType' : 'ValidationError' }] },
    { headers: await refusalHeaders(request, config, status === 415 ? { Accept: 'application/json, multipart/form-data' } : {}), status },
  )

/** A refusal in the shape of GraphQL errors (`errors[0].extensions.data.errors[0].path`). */
const graphqlResponse = async (request: Request, config: GuardConfig, { message, path, status }: BodyProblem) =>
  Response.json(
    { errors: [{ extensions: { data: { errors: [{ message, path }] }, name: 'ValidationError', statusCode: status }, message }] },
    { headers: await refusalHeaders(request, config), status },
  )

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>

const guarded =
  (respond: (request: Request, config: GuardConfig, problem: BodyProblem) => Promise<Response>) =>
  <A extends unknown[]>(handler: Handler<A>, config: GuardConfig): Handler<A> =>
  async (request, ...rest) => {
    const problem = await inspectRequestBody(request)
    return problem ? respond(request, config, problem) : handler(request, ...rest)
  }

/** Payload's REST handlers (POST, PATCH, PUT), refusing unreadable bodies with a 400 or 415 instead of Payload's 500; `config` gives the CORS origins. */
export const withRequestGuard = guarded(restResponse)

/** Payload's GraphQL POST handler, refusing unreadable bodies with a 400 or 415 instead of an empty 500; `config` gives the CORS origins. */
export const withGraphqlRequestGuard = guarded(graphqlResponse)
