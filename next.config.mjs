import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `next dev` answers its own scripts to localhost only; an editor may type http://127.0.0.1:3000.
  allowedDevOrigins: ['127.0.0.1', '[::1]'],
  images: { unoptimized: true },
  // Loaded only when the PDF edition job prints (src/plugins/report-pdf); never bundled.
  serverExternalPackages: ['playwright-core'],
  // Says nothing a visitor needs; the other security headers come from src/proxy.ts.
  poweredByHeader: false,
  experimental: {
    // Kept pages (the report, chapter and article pages: src/config/cachedPages.ts) live in this
    // server's memory only. Written to `.next/server`, a restarted server (or another server of
    // the same build folder) would serve a page from before changes it never heard of: the cache
    // signals reach only running servers. tests/multi/site-cache.test.ts fails with `true`.
    isrFlushToDisk: false,
    // `'use cache'` for the public site's data (src/app/(site)/lib/api.ts), kept until a change
    // expires its tags on every server (src/plugins/cache-signals). Not `cacheComponents`: pages
    // rendered per request carry their own CSP nonce.
    useCache: true,
  },
  async headers() {
    // Next's own static files skip the proxy; they are scripts and styles of a known type.
    return [{ headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }], source: '/_next/static/:path*' }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
