#!/usr/bin/env node
// Part of `npm run bench` (needs `npm run build` first): the public site from the cache, and
// several servers over one database (README, "Several servers"). Prints `name=value` lines:
//   - site_chapter_cached_ratio: requests per second (autocannon, loopback, 10 connections) for
//     the first published chapter of "2024 in cijfers" of the seeded Jaarverslag 2024, served from
//     the cache, divided by the same page rendered from fresh reads on every request
//     (`SITE_CACHE=off`, today's behaviour before the cache): same build, same database (one
//     SQLite file, seeded by the first start), same run, both servers measured in turns
//     (BENCH_MULTI_ROUNDS rounds of BENCH_MULTI_SECONDS per side). Goal >= 10.
//   - site_fresh_after_publish_ms: from a publish through server A (its HTTP answer) until both
//     servers serve the new title on the chapter page; median of 20. Goal < 2000.
//   - multi_server_stale_ms: from a record change through A until B's API shows the figure's new
//     verdict; median of 20. Goal < 1000.
// The last two need PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL: a server whose role may
// create databases; a fresh database each run); without one they print `..._skipped=no-postgres`.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

import { measureSlice, median, percentile } from './load.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const firstPort = Number(process.env.BENCH_MULTI_PORT || 3334)
const work = mkdtempSync(path.join(tmpdir(), 'bench-multi-'))
const log = (text) => process.stderr.write(`[bench:multi] ${text}\n`)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const secret = randomBytes(32).toString('hex')
const started = []

const startServer = async (port, env, ready = async (base) => (await fetch(`${base}/api/chapters?limit=1&depth=0`)).ok) => {
  const base = `http://127.0.0.1:${port}`
  log(`next start on ${base}`)
  const server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    cwd: root,
    env: {
      ...process.env,
      FILES_DIR: path.join(work, 'files'),
      MEDIA_DIR: path.join(work, 'media'),
      NEXT_PUBLIC_SERVER_URL: base,
      NODE_ENV: 'production',
      NODE_OPTIONS: '--no-deprecation',
      PAYLOAD_JOBS_AUTORUN: 'false',
      PAYLOAD_SECRET: secret,
      REPORT_PDF_ENABLED: 'false',
      REPORT_PDFS_DIR: path.join(work, 'report-pdfs'),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  started.push(server)
  let stderr = ''
  server.stderr.on('data', (chunk) => (stderr += chunk))
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start ended (${server.exitCode}): ${stderr}`)
    try {
      if (await ready(base)) return { base, pid: server.pid }
    } catch {
      // not listening yet
    }
    await sleep(1000)
  }
  throw new Error(`next start on ${base} did not answer within 10 minutes`)
}

const rounds = Number(process.env.BENCH_MULTI_ROUNDS || 12)
const slice = Number(process.env.BENCH_MULTI_SECONDS || 3)
const warmup = Number(process.env.BENCH_MULTI_WARMUP || 10)

const cachedRatio = async () => {
  const database = `file:${path.join(work, 'site.db')}`
  const seeded = async (base) => (await (await fetch(`${base}/api/chapters?limit=1&depth=0`)).json()).totalDocs >= 10
  const cached = await startServer(firstPort, { DATABASE_URL: database }, seeded)
  const fresh = await startServer(firstPort + 1, { DATABASE_URL: database, PAYLOAD_AUTO_SEED: 'false', SITE_CACHE: 'off' }, seeded)
  const report = (await (await fetch(`${cached.base}/api/reports?where[slug][equals]=jaarverslag-2024&depth=0&limit=1`)).json()).docs[0]
  const section = report.sections.find((candidate) => /in-cijfers$/.test(candidate.key))
  const query = `where[and][0][report][equals]=${report.id}&where[and][1][section][equals]=${section.key}&sort=sortKey&limit=1&depth=0&select[slug]=true`
  const chapter = (await (await fetch(`${cached.base}/api/chapters?${query}`)).json()).docs[0]
  const pagePath = `/jaarverslagen/${report.slug}/${chapter.slug}`
  log(`chapter: ${pagePath}`)
  const servers = { cached, rendered: fresh }
  // What each side serves: the kept page from Next's cache (after its first view), and the page
  // rendered for each request. A bench that compared two renders would say nothing.
  const served = async (base) => {
    await fetch(`${base}${pagePath}`).then((response) => response.text())
    const response = await fetch(`${base}${pagePath}`)
    await response.text()
    return response.headers.get('x-nextjs-cache') ?? 'rendered'
  }
  const [cachedServes, renderedServes] = [await served(cached.base), await served(fresh.base)]
  if (cachedServes !== 'HIT' || renderedServes !== 'rendered') throw new Error(`the cached side serves ${cachedServes}, the other ${renderedServes}`)
  console.log(`site_chapter_served=cached:${cachedServes} rendered:${renderedServes}`)
  const sides = ['cached', 'rendered']
  const measure = (side, seconds) => measureSlice({ pid: servers[side].pid, seconds, url: `${servers[side].base}${pagePath}` })
  // Warm-up (first compiles, the JIT, the cache's first fill), then slices in turns, one server
  // at a time so the two never share the cores: cached then rendered, then the other way round.
  // This VM's speed drifts by 20-30 % over seconds (bench/api-read.mjs), so a slow spell falls on
  // both sides alike; the ratio of the totals is the measure, each round's ratio shows the spread.
  for (const side of sides) await measure(side, warmup)
  const totals = { cached: { cpu: 0, requests: 0, seconds: 0 }, rendered: { cpu: 0, requests: 0, seconds: 0 } }
  const ratios = []
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? sides : [...sides].reverse()
    const rps = {}
    for (const side of order) {
      const measured = await measure(side, slice)
      rps[side] = measured.requests / measured.seconds
      totals[side].cpu += measured.cpu ?? Number.NaN
      totals[side].requests += measured.requests
      totals[side].seconds += measured.seconds
    }
    ratios.push(rps.cached / rps.rendered)
    log(`round ${round + 1}/${rounds}: cached ${rps.cached.toFixed(1)} req/s, rendered ${rps.rendered.toFixed(1)} req/s, ratio ${ratios.at(-1).toFixed(2)}`)
  }
  const rate = (side) => totals[side].requests / totals[side].seconds
  console.log(`site_chapter_rps_cached=${rate('cached').toFixed(1)}`)
  console.log(`site_chapter_rps_rendered=${rate('rendered').toFixed(1)}`)
  console.log(`site_chapter_cached_ratio=${(rate('cached') / rate('rendered')).toFixed(2)}`)
  console.log(`site_chapter_cached_ratio_paired=${median(ratios).toFixed(2)}`)
  console.log(`site_chapter_cached_ratio_rounds_p10_p90=${percentile(ratios, 0.1).toFixed(2)} ${percentile(ratios, 0.9).toFixed(2)}`)
  // CPU time per page of each server (all its threads), which autocannon's own share of the
  // cores does not blur. Linux only.
  const cpuPerPage = (side) => totals[side].cpu / totals[side].requests
  if (Number.isFinite(cpuPerPage('cached')) && Number.isFinite(cpuPerPage('rendered'))) {
    console.log(`site_chapter_cpu_ms_per_page_cached=${cpuPerPage('cached').toFixed(2)}`)
    console.log(`site_chapter_cpu_ms_per_page_rendered=${cpuPerPage('rendered').toFixed(2)}`)
    console.log(`site_chapter_cpu_ratio=${(cpuPerPage('rendered') / cpuPerPage('cached')).toFixed(2)}`)
  }
  console.log(`site_chapter_rounds=${rounds} rounds × ${slice} s per side, in turns, after ${warmup} s of warm-up each, 10 connections`)
}

const rest = async (base, method, route, { body, token } = {}) => {
  const response = await fetch(`${base}/api${route}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    method,
  })
  const json = await response.json().catch(() => null)
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${JSON.stringify(json)}`)
  return json
}

const until = async (check) => {
  for (let attempt = 0; attempt < 3000; attempt++) {
    if (await check()) return
    await sleep(5)
  }
  throw new Error('not seen within 15 s')
}

const multiServer = async (serverUrl) => {
  const name = `jaarverslag_bench_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const env = { DATABASE_URL: url.toString(), PAYLOAD_AUTO_SEED: 'false' }
  const a = (await startServer(firstPort + 2, env)).base
  const b = (await startServer(firstPort + 3, env)).base
  const password = `bench-${randomBytes(8).toString('hex')}`
  const { token } = await rest(a, 'POST', '/users/first-register', { body: { email: 'bench@jaarverslag.local', name: 'Bench', password, roles: ['admin'] } })
  const report = (
    await rest(a, 'POST', '/reports', {
      body: { _status: 'published', organisation: 'Socius', sections: [{ key: 'cijfers', title: '2024 in cijfers' }], slug: 'bench-2024', title: 'Bench 2024', workflowStage: 'approved', year: 2024 },
      token,
    })
  ).doc
  const dataset = (await rest(a, 'POST', '/datasets', { body: { _status: 'published', period: '2024', slug: 'bench-data', source: 'bench', title: 'Bench data' }, token })).doc
  const record = (await rest(a, 'POST', '/dataset-records', { body: { dataset: dataset.id, key: 'leden', label: 'Leden', unit: 'count', value: '100' }, token })).doc
  const chapter = (
    await rest(a, 'POST', '/chapters', {
      body: {
        _status: 'published',
        keyFigures: [{ label: 'Leden', operation: 'record', record: record.id, shown: '100', unit: 'count' }],
        report: report.id,
        section: 'cijfers',
        slug: 'bench-hoofdstuk',
        title: 'Bench hoofdstuk 0',
        workflowStage: 'approved',
      },
      token,
    })
  ).doc
  const pagePath = `/jaarverslagen/bench-2024/bench-hoofdstuk`
  const pageShows = async (base, text) => (await (await fetch(`${base}${pagePath}`)).text()).includes(text)
  // Both servers have the page in their cache before each publish.
  const fresh = []
  for (let round = 1; round <= 20; round++) {
    await pageShows(a, 'x')
    await pageShows(b, 'x')
    const title = `Bench hoofdstuk ${round}`
    const begin = performance.now()
    await rest(a, 'PATCH', `/chapters/${chapter.id}`, { body: { _status: 'published', title }, token })
    await Promise.all([until(() => pageShows(a, title)), until(() => pageShows(b, title))])
    fresh.push(performance.now() - begin)
  }
  log(`fresh after publish (ms): ${fresh.map((value) => value.toFixed(0)).join(' ')}`)
  console.log(`site_fresh_after_publish_ms=${median(fresh).toFixed(0)}`)

  const stale = []
  for (let round = 1; round <= 20; round++) {
    const value = round % 2 ? '101' : '100'
    const begin = performance.now()
    await rest(a, 'PATCH', `/dataset-records/${record.id}`, { body: { value }, token })
    await until(async () => {
      const doc = await rest(b, 'GET', `/chapters/${chapter.id}?depth=0`)
      return doc.keyFigures[0].resolved.matches === (value === '100') && doc.keyFigures[0].resolved.value === value
    })
    stale.push(performance.now() - begin)
  }
  log(`stale on the other server (ms): ${stale.map((value) => value.toFixed(0)).join(' ')}`)
  console.log(`multi_server_stale_ms=${median(stale).toFixed(0)}`)
}

try {
  await cachedRatio()
  for (const server of started.splice(0)) server.kill()
  const postgres = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || ''
  if (/^postgres(ql)?:\/\//.test(postgres)) await multiServer(postgres)
  else {
    log('no PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL): the two-server measures are skipped')
    console.log('site_fresh_after_publish_ms_skipped=no-postgres')
    console.log('multi_server_stale_ms_skipped=no-postgres')
  }
  console.log('bench_multi=done')
} finally {
  for (const server of started) server.kill()
  rmSync(work, { force: true, recursive: true })
}
