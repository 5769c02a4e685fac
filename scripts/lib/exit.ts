import { writeSync } from 'node:fs'

/**
 * Ends a script run by scripts/run-ts.mjs: tells the wrapper (fd 3) the script really ran, then
 * exits once stdout and stderr are flushed (output to a pipe is written asynchronously).
 */
export const exitWhenFlushed = (code: number): void => {
  try {
    writeSync(3, 'finished\n')
  } catch {
    // run directly, without the wrapper
  }
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)))
}

/**
 * Boots the app's Payload for a script. The heavy modules are loaded one after the other, in
 * this order, before the config: measured in bench/ that makes the tsx loader stall far less
 * often (see run-ts.mjs, which restarts a stalled start).
 */
export const bootPayload = async () => {
  const { getPayload } = await import('payload')
  await import('@payloadcms/db-sqlite')
  await import('@payloadcms/db-postgres')
  await import('@payloadcms/richtext-lexical')
  const { default: config } = await import('../../payload.config')
  return getPayload({ config })
}
