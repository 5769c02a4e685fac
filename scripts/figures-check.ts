/**
 * npm run figures:check -- --report <slug> [--json]
 * Reads DATABASE_URL like the app and never changes the schema.
 * Exit 0: clean; 1: findings; 2: usage or connection error.
 */
import { runFiguresCheck } from '@jaarverslag/key-figures/cli'

import { appKeyFigures, runCommand } from './lib/exit'

runCommand((io) => runFiguresCheck({ ...io, keyFigures: appKeyFigures }))
