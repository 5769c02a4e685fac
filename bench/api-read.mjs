#!/usr/bin/env node
// Part of `npm run bench` (needs `npm run build` first). Starts the production server
// (`next start`, port BENCH_PORT or 3107) on a fresh SQLite file that the first start seeds with
// the Jaarverslag 2024, and measures on loopback:
//   - the public REST read of a published chapter with resolved figures (`?depth=1`), under
//     autocannon, with the plugin and without it (the same build started with
//     KEY_FIGURES_ENABLED=false: same schema and data, no resolution, no gate), each on a freshly
//     started server, alternating plugin / stock / plugin / stock so drift falls on both sides;
//   - a 10,000-row CSV import through the REST endpoint, as dry run and as apply.
// Prints one `name=value` per line on stdout; progress goes to stderr.
import autocannon from 'autocannon'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.BENCH_PORT || 3107)
const duration = Number(process.env.BENCH_API_SECONDS || 15)
const connections = Number(process.env.BENCH_API_CONNECTIONS || 10)
const importRows = Number(process.env.BENCH_IMPORT_ROWS || 10_000)
const base = `http://127.0.0.1:${port}`
const work = mkdtempSync(path.join(tmpdir(), 'bench-api-'))
const secret = randomBytes(32).toString('hex')
const log = (text) => process.stderr.write(`[bench:api] ${text}\n`)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

let server = null

const start = async (plugin) => {
  log(`next start (${plugin ? 'with the plugin' : 'KEY_FIGURES_ENABLED=false'})`)
  server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
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
  let stderr = ''
  server.stderr.on('data', (chunk) => (stderr += chunk))
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start ended (${server.exitCode}): ${stderr}`)
    try {
      const response = await fetch(`${base}/api/chapters?limit=1&depth=0`)
      // The first start seeds in the background: wait until the chapters are there.
      if (response.ok && (await response.json()).totalDocs >= 10) return
    } catch {
      // not listening yet
    }
    await sleep(1000)
  }
  throw new Error('next start did not answer within 10 minutes')
}

const stop = async () => {
  if (!server) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  server.kill('SIGTERM')
  await Promise.race([exited, sleep(10_000)])
  if (server.exitCode === null) server.kill('SIGKILL')
  server = null
}

const measure = async (url) => {
  // Warm-up: the first requests compile routes and fill caches.
  await autocannon({ connections, duration: 3, url })
  const result = await autocannon({ connections, duration, url })
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average }
}

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
  await start(true)
  // The published chapter with the most figures (array and inline), read as the public would.
  const { docs } = await json(await fetch(`${base}/api/chapters?limit=100&depth=0&where[_status][equals]=published`))
  const chapter = docs
    .map((doc) => ({ figures: (doc.keyFigures ?? []).length + (JSON.stringify(doc).match(/"blockType":"keyFigure"/g) ?? []).length, id: doc.id }))
    .sort((a, b) => b.figures - a.figures)[0]
  const url = `${base}/api/chapters/${chapter.id}?depth=1`
  const sample = await json(await fetch(url))
  if (!sample.keyFigures?.[0]?.resolved && chapter.figures > 0 && (sample.keyFigures ?? []).length) throw new Error('the plugin side does not resolve figures')
  emit('api_read_chapter_figures', chapter.figures)
  // For the record, not in the ratio: the same read in the process that has just seeded.
  const inSeedingProcess = await measure(url)
  emit('api_read_rps_plugin_in_seeding_process', inSeedingProcess.rps.toFixed(1))

  // The import, on the plugin side: a new dataset, then 10,000 rows as dry run and as apply.
  const login = await json(await fetch(`${base}/api/users/login`, { body: JSON.stringify({ email: 'redacteur@jaarverslag.local', password: 'jaarverslag-demo' }), headers: { 'Content-Type': 'application/json' }, method: 'POST' }))
  const auth = { Authorization: `JWT ${login.token}` }
  await json(await fetch(`${base}/api/datasets`, { body: JSON.stringify({ _status: 'published', slug: 'bench-import', source: 'bench', title: 'Bench import' }), headers: { ...auth, 'Content-Type': 'application/json' }, method: 'POST' }))
  const csv = ['key;label;value;unit', ...Array.from({ length: importRows }, (_, index) => `bench.${index};Rij ${index};${index * 3}.25;decimal`)].join('\n')
  const upload = async (dryRun) => {
    const form = new FormData()
    form.append('file', new Blob([csv]), 'bench.csv')
    form.append('_payload', JSON.stringify({ dryRun }))
    const started = process.hrtime.bigint()
    const body = await json(await fetch(`${base}/api/key-figures/datasets/bench-import/import`, { body: form, headers: auth, method: 'POST' }))
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    if (body.plan.diff.added.length !== importRows) throw new Error(`expected ${importRows} added rows, got ${body.plan.diff.added.length}`)
    return seconds
  }
  const drySeconds = await upload(true)
  const applySeconds = await upload(false)
  emit('import_rows', importRows)
  emit('import_rows_per_s_dry_run', Math.round(importRows / drySeconds))
  emit('import_rows_per_s_apply', Math.round(importRows / applySeconds))
  emit('import_rows_per_s', Math.round(importRows / applySeconds))
  await stop()

  // Every read measurement on a freshly started server over the same database (seeded and
  // imported into above), alternating plugin / stock / plugin / stock: the process that seeded and
  // imported has a different heap and JIT state, which is no fair comparison with a fresh one.
  const plugin = []
  const stock = []
  for (const side of [true, false, true, false]) {
    await start(side)
    if (!side && (await json(await fetch(url))).keyFigures?.[0]?.resolved) {
      throw new Error('the stock side resolves figures: KEY_FIGURES_ENABLED was not honoured')
    }
    const result = await measure(url)
    log(`${side ? 'plugin' : 'stock'}: ${result.rps.toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms`)
    ;(side ? plugin : stock).push(result)
    await stop()
  }

  const mean = (results, key) => results.reduce((sum, result) => sum + result[key], 0) / results.length
  const worst = (results, key) => Math.max(...results.map((result) => result[key]))
  emit('api_read_rps_plugin', mean(plugin, 'rps').toFixed(1))
  emit('api_read_rps_stock', mean(stock, 'rps').toFixed(1))
  emit('api_read_ratio', (mean(plugin, 'rps') / mean(stock, 'rps')).toFixed(3))
  emit('api_read_p50_ms', worst(plugin, 'p50'))
  emit('api_read_p99_ms', worst(plugin, 'p99'))
  emit('api_read_p50_ms_stock', worst(stock, 'p50'))
  emit('api_read_p99_ms_stock', worst(stock, 'p99'))
  emit('api_read_runs', `${plugin.length} per side, each on a fresh server`)
  emit('api_read_connections', connections)
  emit('api_read_seconds', duration)
  process.stdout.write(`${lines.join('\n')}\nbench_api=done\n`)
} catch (error) {
  log(error.stack ?? String(error))
  await stop()
  process.exitCode = 2
} finally {
  rmSync(work, { force: true, recursive: true })
}
