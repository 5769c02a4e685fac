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

/** Boots the app's Payload for a script: modules one after the other (see run-ts.mjs). */
export const bootPayload = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  return getPayload({ config })
}
