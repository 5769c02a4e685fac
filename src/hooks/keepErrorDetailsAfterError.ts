import type { AfterErrorHook } from 'payload'

type PublicError = { data?: unknown; isPublic?: boolean; message?: string; name?: string; status?: number }
type Answer = { errors?: { data?: unknown; message?: string }[] }

/**
 * A refused save names its fields in production too. Payload's REST answer carries an error's
 * `data` (a ValidationError's `errors`, each with its field `path`; the publish gate's
 * `findings`) only when the error is an instance of Payload's own error classes. Under
 * `next start` the copy of Payload that threw and the copy that answers can differ (Next builds
 * the server in several layers, and Payload is made once per process), and the check fails: the
 * answer kept the message ("De volgende velden zijn ongeldig: Titel") and lost the paths. This
 * hook puts `data` back for public client errors, judged by their shape, and names a refusal with
 * field errors `ValidationError`, as Payload does (the built server shortens class names to one
 * or two letters), on GraphQL too. An answer another hook already rewrote is left as it is.
 */
export const keepErrorDetailsAfterError: AfterErrorHook = ({ error, graphqlResult, result }) => {
  if (graphqlResult) {
    // GraphQL keeps `extensions.data`; only the name is the built one.
    const extensions = graphqlResult.extensions as { data?: { errors?: unknown }; name?: string } | undefined
    if (!Array.isArray(extensions?.data?.errors) || extensions.name === 'ValidationError') return
    return { graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, name: 'ValidationError' } } }
  }
  const failure = error as PublicError
  if (!failure?.data || failure.isPublic !== true || !failure.status || failure.status < 400 || failure.status >= 500) return
  const answer = result as Answer | undefined
  const first = answer?.errors?.[0]
  if (!first || first.data !== undefined || first.message !== failure.message || answer?.errors?.length !== 1) return
  const name = Array.isArray((failure.data as { errors?: unknown }).errors) ? 'ValidationError' : failure.name
  return { response: { errors: [{ name, data: failure.data, message: failure.message }] } as never, status: failure.status }
}
