/**
 * npm run figures:verify -- <url or pdf file> [--api <site>] [--json]
 * Re-checks every figure a public page (or the PDF edition) marks against the site's current data.
 * Exit 0: all agree; 1: at least one does not; 2: usage error or nothing could be read.
 */
import { runFiguresVerify } from '@jaarverslag/key-figures/cli'

import { runCommand } from './lib/exit'

runCommand(runFiguresVerify)
