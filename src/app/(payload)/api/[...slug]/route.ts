import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withHttpCaching } from '../../../../api/httpCache'
import { withRequestGuard } from '../../../../api/requestGuard'

// Public reads get ETag and Cache-Control (304 on If-None-Match); reads with credentials or drafts are private, no-store.
export const GET = withHttpCaching(REST_GET(config))
// Bodies Payload cannot read (text/plain, malformed JSON or _payload) get a 400 or 415 naming the part at fault, with Payload's CORS headers.
export const POST = withRequestGuard(REST_POST(config), config)
export const DELETE = REST_DELETE(config)
export const PATCH = withRequestGuard(REST_PATCH(config), config)
export const PUT = withRequestGuard(REST_PUT(config), config)
export const OPTIONS = REST_OPTIONS(config)
