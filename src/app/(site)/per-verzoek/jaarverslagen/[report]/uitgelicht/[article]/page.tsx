/**
 * An Uitgelicht article page, rendered for each request with a script nonce: for logged-in
 * visitors, the live preview and `SITE_CACHE=off` (anonymous visitors get the kept page). The
 * proxy sends requests here (src/config/cachedPages.ts); this address is never asked for directly.
 */
export { default, generateMetadata } from '../../../../../jaarverslagen/[report]/uitgelicht/[article]/page'

export const dynamic = 'force-dynamic'
