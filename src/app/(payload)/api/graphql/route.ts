import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlGet } from '../../../../api/graphqlGet'
import { withHttpCaching } from '../../../../api/httpCache'
import { withGraphqlRequestGuard } from '../../../../api/requestGuard'

// Malformed JSON gets a 400 naming the body, not Payload's empty 500.
export const POST = withGraphqlRequestGuard(GRAPHQL_POST(config) as unknown as (request: Request) => Promise<Response>, config)
// Queries over GET, cacheable like REST reads.
export const GET = withHttpCaching(graphqlGet(GRAPHQL_POST(config) as unknown as (request: Request) => Promise<Response>))
export const OPTIONS = REST_OPTIONS(config)
