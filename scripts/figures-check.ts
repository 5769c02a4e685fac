/**
 * npm run figures:check -- --report <slug> [--json]
 * Reads DATABASE_URL like the app and never changes the schema.
 * Exit 0: clean; 1: findings; 2: usage or connection error.
 */
import { runFiguresCheck } from '../src/plugins/key-figures/cli/figuresCheck'
import { bootPayload, exitWhenFlushed } from './lib/exit'

process.env.PAYLOAD_JOBS_AUTORUN = 'false'
process.env.PAYLOAD_DB_PUSH = 'false'
process.env.PAYLOAD_LOGS_TO_STDERR = 'true'
process.env.PAYLOAD_AUTO_SEED = 'false'

runFiguresCheck({
  argv: process.argv.slice(2),
  connect: bootPayload,
  out: { error: (text) => console.error(text), log: (text) => console.log(text) },
}).then(exitWhenFlushed, (error) => {
  console.error(error)
  exitWhenFlushed(2)
})
