import { resolveSecret } from './config/secret'

/**
 * Boots Payload when the Next server starts instead of on the first request: a production start
 * refuses a missing PAYLOAD_SECRET at once, the committed migrations run before anyone visits,
 * and the job runner for scheduled publishes starts.
 */
export const startServer = async () => {
  try {
    resolveSecret()
  } catch (error) {
    console.error(`\n${(error as Error).message}\n`)
    process.exit(1)
  }
  const [{ default: config }, { getPayload }] = await Promise.all([import('@payload-config'), import('payload')])
  await getPayload({ config, cron: true })
}
