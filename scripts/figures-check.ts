/**
 * npm run figures:check -- --report <slug> [--json]
 * Reads DATABASE_URL like the app and never changes the schema.
 * Exit 0: clean; 1: findings; 2: usage or connection error.
 */
import { runFiguresCheck } from '../src/plugins/key-figures/cli/figuresCheck'
import { runCommand } from './lib/exit'

runCommand(runFiguresCheck)
