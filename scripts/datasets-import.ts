/**
 * npm run datasets:import -- <file> --dataset <slug> [--dry-run] [--map key=Col,...] [--unit <unit>] [--user <email>] [--json]
 * Reads DATABASE_URL like the app and never changes the schema.
 * Exit 0: applied (or a clean dry run); 1: the file has problems, nothing written; 2: usage,
 * file, dataset or connection error.
 */
import { runDatasetsImport } from '../src/plugins/key-figures/import/server/cli'
import { runCommand } from './lib/exit'

runCommand(runDatasetsImport)
