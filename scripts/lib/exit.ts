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

/** The app's key-figures instance (src/plugins), once `bootPayload` has loaded the config. */
export const appKeyFigures = async () => (await import('../../src/plugins')).keyFigures

/** What a command of a plugin's CLI gets: its arguments, a way to boot Payload, and its output. */
export type CommandIO = {
  argv: readonly string[]
  connect: () => Promise<Awaited<ReturnType<typeof bootPayload>>>
  out: { error: (text: string) => void; log: (text: string) => void }
}

/**
 * Runs one command against the app's database (DATABASE_URL, like the app) without changing the
 * schema, starting jobs or seeding; exits with the command's code, or 2 when it throws.
 */
export const runCommand = (command: (io: CommandIO) => Promise<number>): void => {
  process.env.PAYLOAD_JOBS_AUTORUN = 'false'
  process.env.PAYLOAD_DB_PUSH = 'false'
  process.env.PAYLOAD_LOGS_TO_STDERR = 'true'
  process.env.PAYLOAD_AUTO_SEED = 'false'
  command({
    argv: process.argv.slice(2),
    connect: bootPayload,
    out: { error: (text) => console.error(text), log: (text) => console.log(text) },
  }).then(exitWhenFlushed, (error) => {
    console.error(error)
    exitWhenFlushed(2)
  })
}
