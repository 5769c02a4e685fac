/**
 * npm run datasets:import -- <file> --dataset <slug> [--dry-run] [--map key=Col,...] [--unit <unit>] [--user <email>] [--json]
 * Reads DATABASE_URL like the app and never changes the schema.
 * Exit 0: applied (or a clean dry run); 1: the file has problems, nothing written; 2: usage,
 * file, dataset or connection error.
 */
import { runDatasetsImport } from '../src/plugins/key-figures/import/server/cli'
import { bootPayload, exitWhenFlushed } from './lib/exit'

process.env.PAYLOAD_JOBS_AUTORUN = 'false'
process.env.PAYLOAD_DB_PUSH = 'false'
process.env.PAYLOAD_LOGS_TO_STDERR = 'true'
process.env.PAYLOAD_AUTO_SEED = 'false'

runDatasetsImport({
  argv: process.argv.slice(2),
  connect: bootPayload,
  out: { error: (text) => console.error(text), log: (text) => console.log(text) },
}).then(exitWhenFlushed, (error) => {
  console.error(error)
  exitWhenFlushed(2)
})
