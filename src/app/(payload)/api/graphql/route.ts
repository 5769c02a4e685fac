import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlGet } from '../../../../api/graphqlGet'
import { withHttpCaching } from '../../../../api/httpCache'

export const POST = GRAPHQL_POST(config)
// Queries over GET, cacheable like REST reads.
export const GET = withHttpCaching(graphqlGet(GRAPHQL_POST(config) as unknown as (request: Request) => Promise<Response>))
export const OPTIONS = REST_OPTIONS(config)
