/**
 * npm run report:rollforward -- --from <report slug> --year <year> [--json]
 * Copies a report into the next year (README "Next year's report"). Reads DATABASE_URL like the
 * app and never changes the schema. Exit 0: created, or existed already (nothing changed);
 * 2: usage, unknown report, bad year or connection error.
 */
import { runCommand } from './lib/exit'

// Imported once the script runs, not with it: a tsx loader stall while the script itself loads
// ends the process with 13, which run-ts.mjs cannot retry; later, it restarts it (see run-ts.mjs).
runCommand(async (io) => {
  const { runReportRollforward } = await import('../src/plugins/roll-forward/cli/reportRollforward')
  return runReportRollforward({ ...io, options: async () => (await import('../src/plugins')).rollForwardOptions })
})
