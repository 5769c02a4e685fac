/**
 * npm run figures:check -- --report <slug> [--json]   (started by scripts/figures-check.mjs)
 * Reads DATABASE_URL like the app. Exit 0: clean; 1: findings; 2: usage or connection error.
 */
import { runFiguresCheck } from '../src/plugins/key-figures/cli/figuresCheck'

process.env.PAYLOAD_JOBS_AUTORUN = 'false'
process.env.PAYLOAD_DB_PUSH = 'false'
process.env.PAYLOAD_LOGS_TO_STDERR = 'true'

import { writeSync } from 'node:fs'

/** Tells scripts/figures-check.mjs (fd 3) that the check really ran; see there why. */
const reportFinished = () => {
  try {
    writeSync(3, 'finished\n')
  } catch {
    // run directly, without the wrapper
  }
}

/** Output to a pipe is written asynchronously: exit only once it is out. */
const exitAfterFlush = (code: number) => {
  reportFinished()
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)))
}

runFiguresCheck({
  argv: process.argv.slice(2),
  connect: async () => {
    // One after the other: two concurrent dynamic imports of overlapping module graphs can stall
    // Node's ESM loader under tsx, and the process then ends with code 0 and no output.
    const { getPayload } = await import('payload')
    const { default: config } = await import('../payload.config')
    return getPayload({ config })
  },
  out: { error: (text) => console.error(text), log: (text) => console.log(text) },
}).then(
  (code) => exitAfterFlush(code),
  (error) => {
    console.error(error)
    exitAfterFlush(2)
  },
)
