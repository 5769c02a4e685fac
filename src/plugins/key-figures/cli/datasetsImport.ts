import { createLocalReq } from 'payload'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { ColumnMapping } from '../import/rows.ts'
import type { ImportPlan } from '../import/server/plan.ts'
import type { ImportProgress } from '../import/server/writeRecords.ts'

import { applyImport, DatasetNotFoundError, ImportRefusedError, planImport } from '../import/server/importDataset.ts'
import { connectForCommand, type DatabaseCommandIO } from './command.ts'

export const USAGE =
  'Gebruik: npm run datasets:import -- <bestand.csv|.xlsx> --dataset <slug> [--dry-run] [--map key=Kolom,label=Kolom,value=Kolom,unit=Kolom] [--unit <eenheid>] [--user <e-mail>] [--json]'

export type ImportCliArgs = {
  file: string | null
  dataset: string | null
  dryRun: boolean
  json: boolean
  help: boolean
  mapping: ColumnMapping
  user: string | null
  errors: string[]
}

const take = (argv: readonly string[], index: number, name: string): [string | null, number] => {
  const arg = argv[index]
  if (arg.startsWith(`${name}=`)) return [arg.slice(name.length + 1), index]
  return [argv[index + 1] ?? null, index + 1]
}

export const parseImportArgs = (argv: readonly string[]): ImportCliArgs => {
  const args: ImportCliArgs = { dataset: null, dryRun: false, errors: [], file: null, help: false, json: false, mapping: {}, user: null }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    const name = arg.split('=')[0]
    if (arg === '--dry-run') args.dryRun = true
    else if (arg === '--json') args.json = true
    else if (arg === '--help' || arg === '-h') args.help = true
    else if (name === '--dataset' || name === '--unit' || name === '--map' || name === '--user') {
      const [value, next] = take(argv, index, name)
      index = next
      if (!value) args.errors.push(`${name} heeft een waarde nodig.`)
      else if (name === '--dataset') args.dataset = value
      else if (name === '--user') args.user = value
      else if (name === '--unit') args.mapping.fixedUnit = value
      else {
        for (const pair of value.split(',')) {
          const [field, column] = pair.split('=').map((part) => part?.trim())
          if (!['key', 'label', 'unit', 'value'].includes(field) || !column) args.errors.push(`--map verwacht veld=Kolom (key, label, value, unit), niet "${pair}".`)
          else args.mapping[field as 'key'] = column
        }
      }
    } else if (!arg.startsWith('-') && args.file === null) args.file = arg
    else args.errors.push(`Onbekend argument: ${arg}`)
  }
  if (!args.help && !args.file) args.errors.push('Geef het bestand op.')
  if (!args.help && !args.dataset) args.errors.push('--dataset ontbreekt.')
  return args
}

/** The plan as a person reads it in a terminal. */
export const formatPlan = (plan: ImportPlan, applied: boolean): string => {
  const lines = [`${plan.file.name} -> dataset ${plan.dataset.slug} (versie ${plan.dataset.version}), ${plan.file.rows} rijen, sha256 ${plan.file.sha256.slice(0, 12)}…`]
  if (plan.problems.length) {
    lines.push(`Niet geïmporteerd: ${plan.problems.length} probleem/problemen. Er werd niets gewijzigd.`)
    for (const item of plan.problems) lines.push(`  - ${item.message.nl}`)
    return lines.join('\n')
  }
  const { added, changed, removed, unchanged } = plan.diff
  lines.push(`${added.length} toegevoegd, ${changed.length} gewijzigd, ${removed.length} verwijderd, ${unchanged} ongewijzigd.`)
  for (const row of added.slice(0, 50)) lines.push(`  + ${row.key} = ${row.value} ${row.unit}`)
  for (const change of changed.slice(0, 50)) {
    lines.push(`  ~ ${change.key}: ${change.fields.map((field) => `${field} ${change.before[field]} -> ${change.after[field]}`).join(', ')}`)
  }
  for (const record of removed.slice(0, 50)) lines.push(`  - ${record.key}`)
  if (plan.stale.length) {
    lines.push(`${plan.stale.length} gepubliceerd(e) document(en) ${applied ? 'zijn nu' : 'zouden'} verouderd${applied ? '' : ' worden'}:`)
    for (const doc of plan.stale) {
      for (const figure of doc.figures) lines.push(`  ! ${doc.collection}/${doc.id} "${doc.title}": ${figure.label} toont ${figure.shown}, data zegt ${figure.expected ?? '?'}`)
    }
  }
  for (const finding of plan.footing) lines.push(`  ! voettelling: ${finding.message.nl}`)
  lines.push(applied ? `Toegepast als versie ${plan.dataset.version}.` : 'Proefdraai: er werd niets gewijzigd.')
  return lines.join('\n')
}

/**
 * Prints how far an apply has got on stderr (stdout stays the plan, or JSON), each time another
 * tenth of the records is written: a 20,000-row import takes a few seconds.
 */
export const progressPrinter = (print: (text: string) => void) => {
  let shownTenths = 0
  return ({ total, written }: ImportProgress) => {
    const tenths = total ? Math.floor((written * 10) / total) : 10
    if (tenths <= shownTenths) return
    shownTenths = tenths
    print(`Import: ${written} van ${total} records geschreven (${tenths * 10}%).`)
  }
}

/**
 * `datasets:import`: 0 when the import was applied (or the dry run found nothing wrong), 1 when
 * the file has problems (nothing written), 2 on a usage error, a missing file or dataset, or a
 * database that cannot be reached.
 */
export const runDatasetsImport = async ({ argv, connect, keyFigures, out }: DatabaseCommandIO): Promise<number> => {
  const args = parseImportArgs(argv)
  if (args.help) {
    out.log(USAGE)
    return 0
  }
  if (args.errors.length) {
    out.error(`${args.errors.join('\n')}\n${USAGE}`)
    return 2
  }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(args.file as string))
  } catch (error) {
    out.error(`Kan het bestand niet lezen: ${(error as Error).message}`)
    return 2
  }
  const connected = await connectForCommand({ connect, keyFigures, out })
  if (!connected) return 2
  const { options, payload } = connected
  try {
    let user: Record<string, unknown> | null = null
    if (args.user) {
      const userSlug = payload.config.admin?.user ?? 'users'
      const { docs } = await payload.find({ collection: userSlug as 'users', depth: 0, limit: 1, where: { email: { equals: args.user } } })
      if (!docs[0]) {
        out.error(`Geen gebruiker met e-mail ${args.user}.`)
        return 2
      }
      user = { ...docs[0], collection: userSlug }
    }
    const req = await createLocalReq(user ? { user: user as never } : {}, payload)
    const common = { bytes, datasetSlug: args.dataset as string, fileName: path.basename(args.file as string), mapping: args.mapping, options, req }
    if (args.dryRun) {
      const plan = await planImport(common)
      out.log(args.json ? JSON.stringify(plan, null, 2) : formatPlan(plan, false))
      return plan.problems.length ? 1 : 0
    }
    try {
      const applied = await applyImport({ ...common, onProgress: progressPrinter(out.error) })
      out.log(args.json ? JSON.stringify(applied, null, 2) : formatPlan(applied.plan, true))
      return 0
    } catch (error) {
      if (error instanceof ImportRefusedError) {
        out.log(args.json ? JSON.stringify(error.plan, null, 2) : formatPlan(error.plan, false))
        return 1
      }
      throw error
    }
  } catch (error) {
    if (error instanceof DatasetNotFoundError) {
      out.error(error.message)
      return 2
    }
    out.error(`De import is mislukt; er werd niets gewijzigd: ${(error as Error).message}`)
    return 2
  }
}
