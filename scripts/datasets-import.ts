/**
 * npm run datasets:import -- <file> --dataset <slug> [--dry-run] [--map key=Col,...] [--unit <unit>] [--user <email>] [--json]
 * Reads DATABASE_URL like the app and never changes the schema.
 * Exit 0: applied (or a clean dry run); 1: the file has problems, nothing written; 2: usage,
 * file, dataset or connection error.
 */
import { runDatasetsImport } from '@jaarverslag/key-figures/cli'

import { appKeyFigures, runCommand } from './lib/exit'

runCommand((io) => runDatasetsImport({ ...io, keyFigures: appKeyFigures }))
