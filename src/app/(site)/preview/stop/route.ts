import { draftMode } from 'next/headers'

export const dynamic = 'force-dynamic'

/** Leaves the preview: back to what every visitor sees. */
export async function GET() {
  ;(await draftMode()).disable()
  return new Response(null, { headers: { 'Cache-Control': 'private, no-store', Location: '/' }, status: 307 })
}
