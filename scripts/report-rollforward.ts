/**
 * npm run report:rollforward -- --from <report slug> --year <year> [--json]
 * Copies a report into the next year (README "Next year's report"). Reads DATABASE_URL like the
 * app and never changes the schema. Exit 0: created, or existed already (nothing changed);
 * 2: usage, unknown report, bad year or connection error.
 */
import { runReportRollforward } from '../src/plugins/roll-forward/cli/reportRollforward'

import { runCommand } from './lib/exit'

runCommand((io) => runReportRollforward({ ...io, options: async () => (await import('../src/plugins')).rollForwardOptions }))
