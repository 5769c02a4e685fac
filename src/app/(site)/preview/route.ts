import config from '@payload-config'
import { draftMode } from 'next/headers'
import { getPayload } from 'payload'

import { isPreviewablePath } from '../../../config/frontend'

export const dynamic = 'force-dynamic'

const refuse = (status: number, message: string) =>
  new Response(message, { headers: { 'Cache-Control': 'private, no-store', 'Content-Type': 'text/plain; charset=utf-8' }, status })

/**
 * `/preview?path=/jaarverslagen/...`: the entry of Payload's live preview. Only a user Payload
 * authenticates (its login cookie or an `Authorization: JWT` header) gets Next's draft mode; the
 * pages then read drafts with that user's own credentials, so Payload checks access again on
 * every read. Anyone else is refused and never gets the draft-mode cookie.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const path = url.searchParams.get('path') ?? ''
  if (!isPreviewablePath(path)) return refuse(400, 'Ongeldig pad voor het voorbeeld.')
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) {
    ;(await draftMode()).disable()
    return refuse(403, 'Log in als redacteur om een voorbeeld te bekijken.')
  }
  ;(await draftMode()).enable()
  return new Response(null, { headers: { 'Cache-Control': 'private, no-store', Location: path }, status: 307 })
}
