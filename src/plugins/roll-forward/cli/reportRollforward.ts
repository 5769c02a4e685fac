import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { RollForwardOptions } from '../types'

import { rollForwardReport, RollForwardError } from '../server/rollForward'

export const USAGE = 'Gebruik: npm run report:rollforward -- --from <slug van het jaarverslag> --year <jaar> [--json]'

export type RollforwardArgs = { from: string | null; help: boolean; json: boolean; unknown: string[]; year: string | null }

export const parseArgs = (argv: readonly string[]): RollforwardArgs => {
  const args: RollforwardArgs = { from: null, help: false, json: false, unknown: [], year: null }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    if (arg === '--json') args.json = true
    else if (arg === '--help' || arg === '-h') args.help = true
    else if (arg === '--from') args.from = argv[++index] ?? null
    else if (arg.startsWith('--from=')) args.from = arg.slice('--from='.length)
    else if (arg === '--year') args.year = argv[++index] ?? null
    else if (arg.startsWith('--year=')) args.year = arg.slice('--year='.length)
    else args.unknown.push(arg)
  }
  return args
}

/**
 * `report:rollforward`: 0 when the new report was created or exists already (a second run
 * changes nothing and says so), 2 on a usage error, an unknown report, a bad year or a database
 * that cannot be reached. Runs as the server (audited as "systeem").
 */
export const runReportRollforward = async ({
  argv,
  connect,
  options,
  out,
}: {
  argv: readonly string[]
  connect: () => Promise<Payload>
  options: () => RollForwardOptions | Promise<RollForwardOptions>
  out: { error: (text: string) => void; log: (text: string) => void }
}): Promise<number> => {
  const args = parseArgs(argv)
  if (args.help) {
    out.log(USAGE)
    return 0
  }
  const problem = args.unknown.length
    ? `Onbekend argument: ${args.unknown.join(' ')}`
    : !args.from
      ? '--from ontbreekt.'
      : !args.year || !/^\d{4}$/.test(args.year)
        ? `--year moet een jaar zijn, bv. 2025${args.year ? `, niet "${args.year}"` : ''}.`
        : null
  if (problem) {
    out.error(`${problem}\n${USAGE}`)
    return 2
  }
  let payload: Payload
  try {
    payload = await connect()
  } catch (error) {
    out.error(`Kan de database niet bereiken: ${(error as Error).message}`)
    return 2
  }
  const resolved = await options()
  try {
    const req = await createLocalReq({}, payload)
    const result = await rollForwardReport({ from: args.from as string, keyFigures: resolved.keyFigures, options: resolved, req, year: Number(args.year) })
    out.log(args.json ? JSON.stringify(result, null, 2) : result.message.nl)
    return 0
  } catch (error) {
    if (error instanceof RollForwardError) {
      out.error(error.message)
      return 2
    }
    throw error
  }
}
