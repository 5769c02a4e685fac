import type { ReportCheck } from '../server/checkReport.ts'

import { createLocalReq } from 'payload'

import { checkReport, ReportNotFoundError } from '../server/checkReport.ts'
import { connectForCommand, type DatabaseCommandIO } from './command.ts'

export const USAGE = 'Gebruik: npm run figures:check -- --report <slug> [--json]'

export type CliArgs = { json: boolean; report: string | null; help: boolean; unknown: string[] }

export const parseArgs = (argv: readonly string[]): CliArgs => {
  const args: CliArgs = { help: false, json: false, report: null, unknown: [] }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    if (arg === '--json') args.json = true
    else if (arg === '--help' || arg === '-h') args.help = true
    else if (arg === '--report') args.report = argv[++index] ?? null
    else if (arg.startsWith('--report=')) args.report = arg.slice('--report='.length)
    else args.unknown.push(arg)
  }
  return args
}

const cell = (value: unknown, width: number) => {
  const text = value === null || value === undefined ? '' : String(value)
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width)
}

/** The check as a table a person reads in a terminal. */
export const formatTable = (check: ReportCheck): string => {
  const lines = [
    `${check.report.title} (${check.report.slug}): ${check.summary.documents} documenten, ${check.summary.figures} kerncijfers, ${check.summary.findings} bevindingen`,
  ]
  if (check.findings.length === 0) return [...lines, 'Alle kerncijfers kloppen met hun data.'].join('\n')
  const header = [cell('soort', 10), cell('document', 34), cell('kerncijfer', 34), cell('toont', 16), cell('verwacht', 16), 'bron']
  lines.push('', header.join(' '), '-'.repeat(140))
  for (const finding of check.findings) {
    const records = finding.source.records.length > 3 ? `${finding.source.records.slice(0, 3).join(' + ')} + … (${finding.source.records.length})` : finding.source.records.join(' + ')
    const source = [finding.source.dataset, records].filter(Boolean).join(' / ')
    lines.push(
      [
        cell(finding.kind, 10),
        cell(`${finding.collection}/${finding.id ?? '-'} ${finding.title}`, 34),
        cell(finding.label, 34),
        cell(finding.shown, 16),
        cell(finding.expected ?? '?', 16),
        `${source}${finding.source.operation && finding.source.operation !== 'record' ? ` (${finding.source.operation})` : ''}`,
      ].join(' '),
    )
  }
  return lines.join('\n')
}

/**
 * `figures:check`: 0 when every figure of the report agrees with its data, 1 when there are
 * findings, 2 on a usage error, an unknown report or a database that cannot be reached.
 */
export const runFiguresCheck = async ({ argv, connect, keyFigures, out }: DatabaseCommandIO): Promise<number> => {
  const args = parseArgs(argv)
  if (args.help) {
    out.log(USAGE)
    return 0
  }
  if (!args.report || args.unknown.length) {
    out.error(args.unknown.length ? `Onbekend argument: ${args.unknown.join(' ')}\n${USAGE}` : `--report ontbreekt.\n${USAGE}`)
    return 2
  }
  const connected = await connectForCommand({ connect, keyFigures, out })
  if (!connected) return 2
  const { options, payload } = connected
  try {
    const req = await createLocalReq({}, payload)
    const check = await checkReport(args.report, req, options)
    out.log(args.json ? JSON.stringify(check, null, 2) : formatTable(check))
    return check.findings.length ? 1 : 0
  } catch (error) {
    if (error instanceof ReportNotFoundError) {
      out.error(error.message)
      return 2
    }
    out.error(`De controle is mislukt: ${(error as Error).message}`)
    return 2
  }
}
