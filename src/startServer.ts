import { resolveSecret } from './config/secret'

/**
 * Boots Payload when the Next server starts instead of on the first request: a production start
 * refuses a missing PAYLOAD_SECRET at once, the committed migrations run before anyone visits,
 * the job runner for scheduled publishes starts, and so does the poller that hears of changes made
 * through other servers (src/plugins/cache-signals).
 */
export const startServer = async () => {
  try {
    resolveSecret()
  } catch (error) {
    console.error(`\n${(error as Error).message}\n`)
    process.exit(1)
  }
  const [{ default: config }, { getPayload }] = await Promise.all([import('@payload-config'), import('payload')])
  const payload = await getPayload({ config, cron: true })
  // Changes made through other servers (over the same database) expire this server's caches too.
  const [{ onCacheSignal, startCacheSignalPoller }, { keyFigures }] = await Promise.all([import('./plugins/cache-signals'), import('./plugins')])
  onCacheSignal((tags) => {
    for (const tag of tags) if (tag.startsWith('dataset-id:')) keyFigures.forgetDataset(tag.slice('dataset-id:'.length))
  })
  startCacheSignalPoller(payload)
}
