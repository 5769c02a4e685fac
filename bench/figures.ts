/**
 * npm run bench:figures  (started by bench/run-figures.mjs)
 *
 * Measures the key-figures plugin against stock Payload in the same run: every scenario runs
 * with bench/configs/with-plugin.config.ts and with bench/configs/stock.config.ts, each in child
 * processes of its own on fresh temp SQLite files (bench/child.ts). Prints one `name=value` per
 * line on stdout, progress and details on stderr, and `bench_figures=done` last. See
 * bench/README.md for what each line means.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { median } from './stats'

type Side = 'plugin' | 'stock' | 'stock-fields'
type Spans = { calls: number; totalMs: number; fromMs?: number; toMs?: number }
type PublishMode = 'plain' | 'profile' | 'skipcheck'
type PublishProfile = {
  adapterMs: Record<string, number>
  gateMs: number
  lookupCalls: number
  lookupMs: number
  lookupRecordsMs: number
  lookupDatasetsMs: number
  statementKinds: Record<string, number>
  statements: number
}
type Published = { cpuMs: number; ms: number; profile?: PublishProfile }
type Described = { figures: number; relRows: { document: number; versions: number; versionCount: number } }
type QueriesResult = Record<'5' | '50', { total: number[]; lookup: number[]; lookupCalls: number[]; kinds: Record<string, number> }>
type ImpactResult = {
  clearMs: number[]
  dependents: number
  documents: number
  flagMs: number[]
  flagged: number | null
  flaggedAreDependents: boolean | null
  profile: Record<string, Spans | number>
  seedMs: number
}
type ReportResult = { profile: Record<string, Spans | number>; summary: { documents: number; figures: number; findings: number } | null; timesMs: number[] }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const attempts = 5
const log = (text: string) => process.stderr.write(`[bench] ${text}\n`)
const fixed = (value: number, digits = 2) => value.toFixed(digits)

/** The schema of each temp database is pushed on boot, which Payload does outside production. */
const childEnv = () => {
  const { NODE_ENV: _ignored, ...inherited } = process.env
  return { ...inherited, DISABLE_PAYLOAD_HMR: 'true', PAYLOAD_JOBS_AUTORUN: 'false', PAYLOAD_LOGS_TO_STDERR: 'true' } as unknown as NodeJS.ProcessEnv
}
const childArgs = (...args: string[]) => ['--no-deprecation', '--import', 'tsx', path.join(root, 'bench/child.ts'), ...args]

/** A publish child that answers one request at a time over IPC (see bench/child.ts). */
type PublishClient = { request: <T>(message: { mode?: PublishMode; type: 'finish' | 'publish' }) => Promise<T>; child: ChildProcess }

/** Starts a publish child and waits until its drafts are ready; a stalled start is started again. */
const startPublishChild = async (side: Side, drafts: number): Promise<PublishClient> => {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const started = Date.now()
    const child = spawn(process.execPath, childArgs('publish', side, String(drafts)), { cwd: root, env: childEnv(), stdio: ['ignore', 2, 2, 'ipc'] })
    const pending: ((message: unknown) => void)[] = []
    child.on('message', (message) => pending.shift()?.(message))
    const outcome = await new Promise<'exit0' | 'ready'>((resolve, reject) => {
      pending.push(() => resolve('ready'))
      child.once('exit', (code, signal) => (code === 0 ? resolve('exit0') : reject(new Error(`publish/${side} failed (exit ${code ?? signal})`))))
      child.once('error', reject)
    })
    if (outcome === 'ready') {
      log(`publish/${side}: ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      child.removeAllListeners('exit')
      child.once('exit', (code) => {
        if (code !== 0 || pending.length) {
          log(`publish/${side}: exited early (${code})`)
          process.exit(1)
        }
      })
      return {
        child,
        request: <T>(message: { mode?: PublishMode; type: 'finish' | 'publish' }) =>
          new Promise<T>((resolve) => {
            pending.push((answer) => resolve(answer as T))
            child.send(message)
          }),
      }
    }
    log(`publish/${side}: the start stalled (exit 0, not ready), starting again (${attempt}/${attempts})`)
  }
  throw new Error(`publish/${side} did not start after ${attempts} attempts`)
}

/**
 * Runs bench/child.ts for one scenario and side. A start that stalls in tsx's loader ends with
 * code 0 and no result (see bench/run-figures.mjs): it is started again.
 */
const runChild = <T>(scenario: string, side: Side): T => {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const started = Date.now()
    const child = spawnSync(process.execPath, childArgs(scenario, side), {
      cwd: root,
      env: childEnv(),
      maxBuffer: 256 * 1024 * 1024,
      // The child's stdout (drizzle's "Pulling schema" spinner) goes to our stderr; results come on fd 3.
      stdio: ['ignore', 2, 2, 'pipe'],
      timeout: 10 * 60 * 1000,
    })
    if (child.error) throw child.error
    const line = String(child.output?.[3] ?? '')
      .split('\n')
      .find((entry) => entry.startsWith('result '))
    if (line) {
      log(`${scenario}/${side}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      return (JSON.parse(line.slice('result '.length)) as { result: T }).result
    }
    if (child.status !== 0 || child.signal) throw new Error(`${scenario}/${side} failed (exit ${child.status ?? child.signal})`)
    log(`${scenario}/${side}: the start stalled (exit 0, no result), starting again (${attempt}/${attempts})`)
  }
  throw new Error(`${scenario}/${side} did not start after ${attempts} attempts`)
}

const runStart = Date.now()
const lines: [string, string | number][] = []
const put = (name: string, value: string | number) => lines.push([name, value])
const printLines = () => process.stdout.write(`${lines.map(([name, value]) => `${name}=${value}`).join('\n')}\nbench_figures=done\n`)
const cpus = os.cpus()
put('machine', `${cpus[0]?.model?.trim() ?? 'unknown cpu'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`)
put('node', process.version)

put('loadavg_start', os.loadavg().map((load) => load.toFixed(2)).join(' '))

// Publish: children stay up (per side `BENCH_PUBLISH_CHILDREN`, default 6, so that no side
// depends on the luck of one process's JIT and memory layout) and publish one draft at a time in
// turns, the order rotating every round, so that a drift of the machine, or someone else's work
// on it, falls on every side alike. `stock-fields` (stock plus the plugin's stored fields) and
// the plugin with its gate skipped take their turns too, for the profile. Each process warms up
// for `BENCH_PUBLISH_WARMUP` (default 30) publishes per series first: after 5, processes of one
// side still differed by up to 7 ms (bench/README.md, "A steadier publish measurement").
const warmup = Number(process.env.BENCH_PUBLISH_WARMUP ?? 30)
const measured = Number(process.env.BENCH_PUBLISHES ?? 180)
const profiled = 10
const perSide = Number(process.env.BENCH_PUBLISH_CHILDREN ?? 6)
const publishSides = ['plugin', 'stock', 'stock-fields'] as const
const clients = { plugin: [], stock: [], 'stock-fields': [] } as Record<Side, PublishClient[]>
for (let index = 0; index < perSide; index++) {
  for (const side of publishSides) {
    // The plugin side also publishes with its gate skipped (one more series of drafts).
    const series = side === 'plugin' ? 2 : 1
    clients[side].push(await startPublishChild(side, series * (warmup + Math.ceil(measured / perSide)) + Math.ceil(profiled / perSide)))
  }
}
const series: { side: Side; mode: PublishMode }[] = [
  { mode: 'plain', side: 'plugin' },
  { mode: 'plain', side: 'stock' },
  { mode: 'plain', side: 'stock-fields' },
  { mode: 'skipcheck', side: 'plugin' },
]
// The warm-up takes turns like the measurement: every process is as warm, and has waited as
// long, when the measured rounds begin. (Warmed one process after the other, the processes warmed
// first were measured after the longest wait and were the slowest of their side, by up to 6 ms.)
for (let round = 0; round < warmup; round++) {
  for (let index = 0; index < perSide; index++) {
    for (const { mode, side } of series) await clients[side][index].request<Published>({ mode, type: 'publish' })
  }
}
const samples: Record<string, Published[]> = {}
const perChild: Record<string, number[][]> = {}
const rounds: Record<string, number>[] = []
for (let round = 0; round < measured; round++) {
  const times: Record<string, number> = {}
  const index = round % perSide
  for (let turn = 0; turn < series.length; turn++) {
    const { mode, side } = series[(round + turn) % series.length]
    const answer = await clients[side][index].request<Published>({ mode, type: 'publish' })
    const key = `${side}/${mode}`
    ;(samples[key] ??= []).push(answer)
    ;((perChild[key] ??= [])[index] ??= []).push(answer.ms)
    times[key] = answer.ms
  }
  rounds.push(times)
}
const profiles: Record<string, PublishProfile[]> = {}
for (let round = 0; round < profiled; round++) {
  for (let turn = 0; turn < publishSides.length; turn++) {
    const side = publishSides[(round + turn) % publishSides.length]
    const answer = await clients[side][round % perSide].request<Published>({ mode: 'profile', type: 'publish' })
    ;(profiles[side] ??= []).push(answer.profile as PublishProfile)
  }
}
const described = {} as Record<Side, Described>
for (const side of publishSides) {
  for (const client of clients[side]) {
    described[side] = await client.request<Described>({ type: 'finish' })
    await new Promise((resolve) => (client.child.exitCode === null ? client.child.once('exit', resolve) : resolve(null)))
  }
}
for (const [key, children] of Object.entries(perChild)) log(`publish ${key}: median per child ${children.map((times) => fixed(median(times))).join(', ')} ms`)
const wall = (key: string) => median(samples[key].map((sample) => sample.ms))
const cpu = (key: string) => median(samples[key].map((sample) => sample.cpuMs))
put('publish_overhead_ratio', fixed(wall('plugin/plain') / wall('stock/plain'), 3))
put('publish_ms_plugin', fixed(wall('plugin/plain')))
put('publish_ms_stock', fixed(wall('stock/plain')))
put('publish_samples', `${samples['plugin/plain'].length} per side, ${described.plugin.figures} figures per document`)
put('publish_overhead_ratio_paired', fixed(median(rounds.map((times) => times['plugin/plain'] / times['stock/plain'])), 3))
put('publish_cpu_ms_plugin', fixed(cpu('plugin/plain')))
put('publish_cpu_ms_stock', fixed(cpu('stock/plain')))
put('publish_cpu_ratio', fixed(cpu('plugin/plain') / cpu('stock/plain'), 3))

// Development knob: `BENCH_ONLY=publish` stops here, with the publish lines only (no profile).
if (process.env.BENCH_ONLY === 'publish') {
  put('profile_publish_ms_plugin_skipcheck', fixed(wall('plugin/skipcheck')))
  put('profile_publish_ms_stock_plus_plugin_fields', fixed(wall('stock-fields/plain')))
  put('loadavg_end', os.loadavg().map((load) => load.toFixed(2)).join(' '))
  put('run_seconds', Math.round((Date.now() - runStart) / 1000))
  printLines()
  process.exit(0)
}

const queries: Record<'plugin' | 'stock', QueriesResult> = { plugin: runChild<QueriesResult>('queries', 'plugin'), stock: runChild<QueriesResult>('queries', 'stock') }
const total = (side: 'plugin' | 'stock', size: '5' | '50') => Math.max(...queries[side][size].total)
const steady = (['5', '50'] as const).every((size) => (['plugin', 'stock'] as const).every((side) => new Set(queries[side][size].total).size === 1))
if (!steady) log(`queries: the statement count varied between publishes of the same shape: ${JSON.stringify(queries)}`)
put('queries_per_publish_5', total('plugin', '5') - total('stock', '5'))
put('queries_per_publish_50', total('plugin', '50') - total('stock', '50'))
put('queries_total_5_plugin', total('plugin', '5'))
put('queries_total_5_stock', total('stock', '5'))
put('queries_total_50_plugin', total('plugin', '50'))
put('queries_total_50_stock', total('stock', '50'))
put('queries_lookup_5_plugin', Math.max(...queries.plugin['5'].lookup))
put('queries_lookup_50_plugin', Math.max(...queries.plugin['50'].lookup))

const impact: Record<'plugin' | 'stock', ImpactResult> = { plugin: runChild<ImpactResult>('impact', 'plugin'), stock: runChild<ImpactResult>('impact', 'stock') }
const impactName = `${impact.plugin.dependents}_of_${impact.plugin.documents}`
put(`impact_ms_${impactName}`, fixed(median(impact.plugin.flagMs)))
put('impact_ms_stock', fixed(median(impact.stock.flagMs)))
put('impact_ratio', fixed(median(impact.plugin.flagMs) / median(impact.stock.flagMs), 1))
put('impact_flagged', impact.plugin.flagged ?? 'n/a')
if (!impact.plugin.flaggedAreDependents) put('impact_flagged_wrong_documents', 'true')
put('impact_ms_clear_plugin', fixed(median(impact.plugin.clearMs)))

const report: Record<'plugin' | 'stock', ReportResult> = { plugin: runChild<ReportResult>('report', 'plugin'), stock: runChild<ReportResult>('report', 'stock') }
const summary = report.plugin.summary
if (!summary || summary.documents !== 100 || summary.figures !== 5000 || summary.findings !== 0) {
  log(`report: unexpected summary ${JSON.stringify(summary)}`)
}
put('report_check_ms_100x50', fixed(median(report.plugin.timesMs)))
put('report_check_summary', summary ? `${summary.documents} documents, ${summary.figures} figures, ${summary.findings} findings` : 'n/a')
put('report_fetch_ms_stock_100x50', fixed(median(report.stock.timesMs)))

// Where the time goes (profiled passes after the measured ones; timers wrap the gate,
// payload.find, the database adapter's methods and db.updateOne).
const profileOf = (side: Side) => profiles[side]
const adapterTotal = (profile: PublishProfile) => Object.values(profile.adapterMs).reduce((sum, ms) => sum + ms, 0)
put('profile_publish_gate_ms', fixed(median(profileOf('plugin').map((entry) => entry.gateMs))))
put('profile_publish_gate_lookup_ms', fixed(median(profileOf('plugin').map((entry) => entry.lookupMs))))
put('profile_publish_gate_lookup_records_ms', fixed(median(profileOf('plugin').map((entry) => entry.lookupRecordsMs))))
put('profile_publish_gate_lookup_datasets_ms', fixed(median(profileOf('plugin').map((entry) => entry.lookupDatasetsMs))))
put('profile_publish_ms_plugin_skipcheck', fixed(wall('plugin/skipcheck')))
put('profile_publish_ms_stock_plus_plugin_fields', fixed(wall('stock-fields/plain')))
for (const side of publishSides) {
  const name = side.replace('-', '_')
  put(`profile_publish_db_ms_${name}`, fixed(median(profileOf(side).map(adapterTotal))))
  const { relRows } = described[side]
  put(`profile_publish_rel_rows_${name}`, `${relRows.document} document + ${relRows.versions} in ${relRows.versionCount} versions`)
}
const spans = (profile: Record<string, Spans | number>, name: string) => profile[name] as Spans
const ip = impact.plugin.profile
put('profile_impact_total_ms', fixed(ip.totalMs as number))
put('profile_impact_find_dependents_ms', fixed(spans(ip, 'findDocs').totalMs))
put('profile_impact_load_records_ms', fixed(spans(ip, 'findData').totalMs))
const writes = spans(ip, 'updateOneDocs')
put('profile_impact_stale_writes', writes.calls)
put('profile_impact_stale_writes_wall_ms', fixed((writes.toMs ?? 0) - (writes.fromMs ?? 0)))
put('profile_impact_statements', ip.statements as number)
put('profile_impact_statements_stock', impact.stock.profile.statements as number)
const rp = report.plugin.profile
put('profile_report_fetch_docs_ms', fixed(spans(rp, 'findDocs').totalMs))
put('profile_report_load_records_ms', fixed(spans(rp, 'findData').totalMs))
put('profile_report_load_records_records_ms', fixed(spans(rp, 'findRecords').totalMs))
put('profile_report_load_records_datasets_ms', fixed(spans(rp, 'findDatasets').totalMs))
put('profile_report_statements', rp.statements as number)
put('loadavg_end', os.loadavg().map((load) => load.toFixed(2)).join(' '))
put('run_seconds', Math.round((Date.now() - runStart) / 1000))

for (const side of publishSides) {
  const names = [...new Set(profileOf(side).flatMap((entry) => Object.keys(entry.adapterMs)))]
  const perMethod = names.map((name) => `${name} ${fixed(median(profileOf(side).map((entry) => entry.adapterMs[name] ?? 0)))}`)
  log(`publish adapter ms, ${side}: ${perMethod.join(', ')}`)
  log(`publish statements, ${side}: ${JSON.stringify(profileOf(side)[0].statementKinds)}`)
}
log(`impact profile, plugin: ${JSON.stringify(impact.plugin.profile)}`)
log(`impact profile, stock: ${JSON.stringify(impact.stock.profile)}`)
log(`impact seeding: plugin ${impact.plugin.seedMs} ms, stock ${impact.stock.seedMs} ms`)
log(`report profile, plugin: ${JSON.stringify(report.plugin.profile)}`)

printLines()
