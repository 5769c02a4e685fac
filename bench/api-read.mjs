#!/usr/bin/env node
// Part of `npm run bench` (needs `npm run build` first). Runs the production server (`next start`)
// on a fresh SQLite file that the first start seeds with the Jaarverslag 2024, and measures on
// loopback:
//   - a 10,000-row CSV import through the REST endpoint, as dry run and as apply;
//   - the public REST read of a published chapter with resolved figures (`?depth=1`), under
//     autocannon, with the plugin and without it (the same build started with
//     KEY_FIGURES_ENABLED=false: same schema and data, no resolution, no gate).
// For the read, both servers run at the same time over the same database and are measured in
// turns: short slices, plugin then stock, then stock then plugin, round after round. This VM's
// speed drifts by 20-30 % over seconds to minutes (a pure memory workload measured here ran 27 %
// slower for 12 s), so a slow spell then falls on both sides alike. Two such sets, each with two
// freshly started servers, the second started in the other order on the other ports, so neither
// side keeps whatever a process or its start order brings.
//   - anonymous reads of that chapter sent while more 10,000-row imports apply, against the same
//     reads without an import, on the same server in the same run (p99 of each, and the ratio).
// Prints one `name=value` per line on stdout; progress goes to stderr.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { measureSlice, median, percentile } from './load.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.BENCH_PORT || 3107)
const sets = Number(process.env.BENCH_API_SETS || 2)
const rounds = Number(process.env.BENCH_API_ROUNDS || 50)
const slice = Number(process.env.BENCH_API_SECONDS || 2)
const warmup = Number(process.env.BENCH_API_WARMUP || 20)
const connections = Number(process.env.BENCH_API_CONNECTIONS || 10)
const importRows = Number(process.env.BENCH_IMPORT_ROWS || 10_000)
const importReaders = Number(process.env.BENCH_IMPORT_READERS || 2)
const importRounds = Number(process.env.BENCH_IMPORT_ROUNDS || 3)
const work = mkdtempSync(path.join(tmpdir(), 'bench-api-'))
const secret = randomBytes(32).toString('hex')
const log = (text) => process.stderr.write(`[bench:api] ${text}\n`)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Running servers by side, with the address each answers on. */
const servers = new Map()
/** What the read measures: the published chapter with the most figures, found after seeding. */
let chapterPath = ''

const start = async (side, port) => {
  const plugin = side === 'plugin'
  const base = `http://127.0.0.1:${port}`
  log(`next start on ${base} (${plugin ? 'with the plugin' : 'KEY_FIGURES_ENABLED=false'})`)
  const server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: `file:${path.join(work, 'bench.db')}`,
      FILES_DIR: path.join(work, 'files'),
      KEY_FIGURES_ENABLED: plugin ? 'true' : 'false',
      MEDIA_DIR: path.join(work, 'media'),
      NEXT_PUBLIC_SERVER_URL: base,
      NODE_ENV: 'production',
      PAYLOAD_JOBS_AUTORUN: 'false',
      PAYLOAD_SECRET: secret,
      SEED_DEMO_PASSWORD: 'jaarverslag-demo',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  servers.set(side, { base, server })
  let stderr = ''
  server.stderr.on('data', (chunk) => (stderr += chunk))
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start ended (${server.exitCode}): ${stderr}`)
    try {
      const response = await fetch(`${base}/api/chapters?limit=1&depth=0`)
      // The first start seeds in the background: wait until the chapters are there.
      if (response.ok && (await response.json()).totalDocs >= 10) return base
    } catch {
      // not listening yet
    }
    await sleep(1000)
  }
  throw new Error('next start did not answer within 10 minutes')
}

const stop = async (side) => {
  const { server } = servers.get(side) ?? {}
  if (!server) return
  servers.delete(side)
  const exited = new Promise((resolve) => server.once('exit', resolve))
  server.kill('SIGTERM')
  await Promise.race([exited, sleep(10_000)])
  if (server.exitCode === null) server.kill('SIGKILL')
}
const stopAll = () => Promise.all([...servers.keys()].map(stop))

/**
 * Requests `side` answered in about `seconds`, and the CPU time its server used meanwhile; every
 * response time goes into `latencies` when given.
 */
const measure = (side, seconds, latencies = []) =>
  measureSlice({ connections, latencies, pid: servers.get(side).server.pid, seconds, url: `${servers.get(side).base}${chapterPath}` })

const json = async (response) => {
  const body = await response.json()
  if (!response.ok) throw new Error(`${response.status}: ${JSON.stringify(body).slice(0, 500)}`)
  return body
}

const lines = []
const emit = (name, value) => {
  lines.push(`${name}=${value}`)
  log(`${name}=${value}`)
}

try {
  const seeded = await start('plugin', port)
  // The published chapter with the most figures (array and inline), read as the public would.
  const { docs } = await json(await fetch(`${seeded}/api/chapters?limit=100&depth=0&where[_status][equals]=published`))
  const chapter = docs
    .map((doc) => ({ figures: (doc.keyFigures ?? []).length + (JSON.stringify(doc).match(/"blockType":"keyFigure"/g) ?? []).length, id: doc.id }))
    .sort((a, b) => b.figures - a.figures)[0]
  chapterPath = `/api/chapters/${chapter.id}?depth=1`
  emit('api_read_chapter_figures', chapter.figures)

  // The import, on the plugin side: a new dataset, then 10,000 rows as dry run and as apply.
  const login = await json(await fetch(`${seeded}/api/users/login`, { body: JSON.stringify({ email: 'redacteur@jaarverslag.local', password: 'jaarverslag-demo' }), headers: { 'Content-Type': 'application/json' }, method: 'POST' }))
  const auth = { Authorization: `JWT ${login.token}` }
  const newDataset = async (slug) =>
    json(await fetch(`${seeded}/api/datasets`, { body: JSON.stringify({ _status: 'published', slug, source: 'bench', title: slug }), headers: { ...auth, 'Content-Type': 'application/json' }, method: 'POST' }))
  const csv = ['key;label;value;unit', ...Array.from({ length: importRows }, (_, index) => `bench.${index};Rij ${index};${index * 3}.25;decimal`)].join('\n')
  const upload = async (slug, dryRun) => {
    const form = new FormData()
    form.append('file', new Blob([csv]), 'bench.csv')
    form.append('_payload', JSON.stringify({ dryRun }))
    const started = process.hrtime.bigint()
    const body = await json(await fetch(`${seeded}/api/key-figures/datasets/${slug}/import`, { body: form, headers: auth, method: 'POST' }))
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    if (body.plan.diff.added.length !== importRows) throw new Error(`expected ${importRows} added rows, got ${body.plan.diff.added.length}`)
    return seconds
  }
  await newDataset('bench-import')
  const drySeconds = await upload('bench-import', true)
  const applySeconds = await upload('bench-import', false)
  emit('import_rows', importRows)
  emit('import_rows_per_s_dry_run', Math.round(importRows / drySeconds))
  emit('import_rows_per_s_apply', Math.round(importRows / applySeconds))
  emit('import_rows_per_s', Math.round(importRows / applySeconds))

  // Reads while an import applies: `importReaders` anonymous readers, each sending the next read
  // of the chapter as soon as the last one is answered. Their latencies without an import (for as
  // long as the apply above took, before and after each import) against those of the reads sent
  // while `importRounds` more imports of the same file apply, each into another new dataset.
  const readUntil = async (stop, latencies) => {
    const reader = async () => {
      while (!stop()) {
        const started = process.hrtime.bigint()
        const response = await fetch(`${seeded}${chapterPath}`)
        await response.arrayBuffer()
        if (!response.ok) throw new Error(`${chapterPath}: ${response.status} during the import measurement`)
        latencies.push({ ms: Number(process.hrtime.bigint() - started) / 1e6, started })
      }
    }
    await Promise.all(Array.from({ length: importReaders }, reader))
  }
  const readFor = (seconds, latencies) => {
    const until = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9))
    return readUntil(() => process.hrtime.bigint() >= until, latencies)
  }
  await readFor(Math.max(5, applySeconds), []) // warm-up: the JIT and the chapter's route
  const quiet = []
  const sentDuring = []
  const quietSeconds = Math.max(2, applySeconds)
  let readApplySeconds = 0
  // Several imports, each between two stretches of reads without one: with 50-60 reads per
  // apply, the p99 of one apply would be its single slowest read.
  for (let round = 0; round < importRounds; round++) {
    if (round === 0) await readFor(quietSeconds, quiet)
    await newDataset(`bench-import-reads-${round}`)
    const during = []
    let applying = true
    const applyStarted = process.hrtime.bigint()
    const readers = readUntil(() => !applying, during)
    const seconds = await upload(`bench-import-reads-${round}`, false).finally(() => (applying = false))
    const applyEnded = applyStarted + BigInt(Math.round(seconds * 1e9))
    await readers
    readApplySeconds += seconds
    sentDuring.push(...during.filter(({ started }) => started >= applyStarted && started < applyEnded).map(({ ms }) => ms))
    await readFor(quietSeconds, quiet)
  }
  if (sentDuring.length === 0) throw new Error('no read was sent while the import applied')
  const p99During = percentile(sentDuring, 0.99)
  const p99Quiet = percentile(quiet.map(({ ms }) => ms), 0.99)
  emit('import_read_rounds', `${importRounds} imports × ${importReaders} readers`)
  emit('import_rows_per_s_apply_while_read', Math.round((importRows * importRounds) / readApplySeconds))
  emit('import_reads_during_apply', sentDuring.length)
  emit('import_p50_read_ms_during_apply', percentile(sentDuring, 0.5).toFixed(1))
  emit('import_p99_read_ms_during_apply', p99During.toFixed(1))
  emit('import_p99_read_ms_without_import', p99Quiet.toFixed(1))
  emit('import_read_p99_ratio', (p99During / p99Quiet).toFixed(2))
  emit('import_max_read_ms_during_apply', Math.max(...sentDuring).toFixed(1))
  // The reads are measured on fresh servers: the one that seeded and imported has another heap
  // and JIT state than a fresh one.
  await stopAll()

  const sides = ['plugin', 'stock']
  const url = (side) => `${servers.get(side).base}${chapterPath}`
  const totals = { plugin: { cpu: 0, requests: 0, seconds: 0 }, stock: { cpu: 0, requests: 0, seconds: 0 } }
  const latencies = { plugin: [], stock: [] }
  const ratios = []
  for (let set = 0; set < sets; set++) {
    const startOrder = set % 2 === 0 ? sides : [...sides].reverse()
    for (const [index, side] of startOrder.entries()) await start(side, port + index)
    if (!(await json(await fetch(url('plugin')))).keyFigures?.[0]?.resolved) throw new Error('the plugin side does not resolve figures')
    if ((await json(await fetch(url('stock')))).keyFigures?.[0]?.resolved) {
      throw new Error('the stock side resolves figures: KEY_FIGURES_ENABLED was not honoured')
    }
    // Warm-up: the first requests compile routes, and the JIT needs about a thousand reads of this
    // chapter before a server reaches its steady speed (measured: 20-25 ms per read at first, 12 after).
    for (const side of startOrder) await measure(side, warmup)
    const setCpu = { plugin: 0, stock: 0 }
    const setRequests = { plugin: 0, stock: 0 }
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? sides : [...sides].reverse()
      const rps = {}
      for (const side of order) {
        const measured = await measure(side, slice, latencies[side])
        rps[side] = measured.requests / measured.seconds
        totals[side].cpu += measured.cpu ?? Number.NaN
        totals[side].requests += measured.requests
        totals[side].seconds += measured.seconds
        setCpu[side] += measured.cpu ?? Number.NaN
        setRequests[side] += measured.requests
      }
      ratios.push(rps.plugin / rps.stock)
      log(`set ${set + 1}/${sets} round ${round + 1}/${rounds} (${order.join(' then ')}): plugin ${rps.plugin.toFixed(1)} req/s, stock ${rps.stock.toFixed(1)} req/s, ratio ${ratios.at(-1).toFixed(3)}`)
    }
    const setRatios = ratios.slice(-rounds)
    const setCpuRatio = setCpu.stock / setRequests.stock / (setCpu.plugin / setRequests.plugin)
    log(`set ${set + 1}/${sets}: median ratio ${median(setRatios).toFixed(3)}, CPU ratio ${setCpuRatio.toFixed(3)}`)
    await stopAll()
  }

  // BENCH_API_SETS=0: the import lines only (no read comparison with and without the plugin).
  if (sets > 0) {
    const rate = (side) => totals[side].requests / totals[side].seconds
    emit('api_read_rps_plugin', rate('plugin').toFixed(1))
    emit('api_read_rps_stock', rate('stock').toFixed(1))
    emit('api_read_ratio', (rate('plugin') / rate('stock')).toFixed(3))
    emit('api_read_ratio_paired', median(ratios).toFixed(3))
    emit('api_read_ratio_rounds_p10_p90', `${percentile(ratios, 0.1).toFixed(3)} ${percentile(ratios, 0.9).toFixed(3)}`)
    // The same comparison in CPU time per request of each server (all its threads), which idle
    // moments and autocannon's own share of the two cores do not blur. Linux only.
    const cpuPerRequest = (side) => totals[side].cpu / totals[side].requests
    if (Number.isFinite(cpuPerRequest('plugin')) && Number.isFinite(cpuPerRequest('stock'))) {
      emit('api_read_cpu_ms_per_request_plugin', cpuPerRequest('plugin').toFixed(2))
      emit('api_read_cpu_ms_per_request_stock', cpuPerRequest('stock').toFixed(2))
      emit('api_read_cpu_ratio', (cpuPerRequest('stock') / cpuPerRequest('plugin')).toFixed(3))
    }
    const ms = (side, share) => Math.round(percentile(latencies[side], share))
    emit('api_read_p50_ms', ms('plugin', 0.5))
    emit('api_read_p99_ms', ms('plugin', 0.99))
    emit('api_read_p50_ms_stock', ms('stock', 0.5))
    emit('api_read_p99_ms_stock', ms('stock', 0.99))
    emit('api_read_rounds', `${sets} sets × ${rounds} rounds × ${slice} s per side, in turns, ${connections} connections`)
  }
  process.stdout.write(`${lines.join('\n')}\nbench_api=done\n`)
} catch (error) {
  log(error.stack ?? String(error))
  process.exitCode = 2
} finally {
  await stopAll()
  rmSync(work, { force: true, recursive: true })
}
