#!/usr/bin/env node
// npm run bench: everything `npm run bench:figures` measures (unchanged, in its own process),
// then bench/api-read.mjs (public REST read with and without the plugin, p50/p99, import rows/s;
// needs `npm run build`) and bench/site.mjs (the public chapter's transfer size and Lighthouse scores,
// same build), then bench/multi.mjs (the site from the cache, and two servers over one PostgreSQL:
// freshness after a publish, a stale verdict seen by the other server). Prints one `name=value` per line and writes bench/RESULTS.md, with the
// commit measured and each target read from the lines (met or missed, never edited by hand).
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const run = (script) => {
  const child = spawnSync(process.execPath, [path.join(root, script)], { cwd: root, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] })
  if (child.status !== 0) {
    process.stdout.write(String(child.stdout ?? ''))
    console.error(`${script} failed (exit ${child.status})`)
    process.exit(child.status ?? 2)
  }
  return String(child.stdout)
    .split('\n')
    .filter((line) => /^[a-z0-9_]+=/.test(line) && !line.endsWith('=done'))
}

const figures = process.env.BENCH_SKIP_FIGURES === '1' ? [] : run('bench/run-figures.mjs')
const api = run('bench/api-read.mjs')
const site = process.env.BENCH_SKIP_SITE === '1' ? [] : run('bench/site.mjs')
const multi = process.env.BENCH_SKIP_MULTI === '1' ? [] : run('bench/multi.mjs')
const lines = [...figures, ...api, ...site, ...multi]
process.stdout.write(`${lines.join('\n')}\n`)

const values = new Map(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]))
const number = (name) => (values.has(name) ? Number.parseFloat(values.get(name)) : Number.NaN)
const impactName = [...values.keys()].find((name) => /^impact_ms_\d+_of_\d+$/.test(name)) ?? 'impact_ms_100_of_10000'
/** The targets of the issues that asked for these numbers (bench/README.md). */
const targets = [
  { metric: 'publish_overhead_ratio', target: '≤ 1.15', measured: values.get('publish_overhead_ratio'), met: number('publish_overhead_ratio') <= 1.15 },
  {
    metric: 'queries_per_publish_5 = queries_per_publish_50',
    target: 'equal',
    measured: `${values.get('queries_per_publish_5')} = ${values.get('queries_per_publish_50')}`,
    met: values.has('queries_per_publish_5') && values.get('queries_per_publish_5') === values.get('queries_per_publish_50'),
  },
  { metric: impactName, target: '< 200 ms', measured: values.get(impactName), met: number(impactName) < 200 },
  { metric: 'report_check_ms_100x50', target: '< 1000 ms', measured: values.get('report_check_ms_100x50'), met: number('report_check_ms_100x50') < 1000 },
  { metric: 'api_read_ratio', target: '≥ 0.9', measured: values.get('api_read_ratio'), met: number('api_read_ratio') >= 0.9 },
  { metric: 'import_rows_per_s_apply', target: '≥ 5000', measured: values.get('import_rows_per_s_apply'), met: number('import_rows_per_s_apply') >= 5000 },
  { metric: 'import_read_p99_ratio', target: '≤ 3', measured: values.get('import_read_p99_ratio'), met: number('import_read_p99_ratio') <= 3 },
  { metric: 'site_chapter_transfer_kb', target: '≤ 150', measured: values.get('site_chapter_transfer_kb'), met: number('site_chapter_transfer_kb') <= 150 },
  { metric: 'lighthouse_performance', target: '≥ 95', measured: values.get('lighthouse_performance'), met: number('lighthouse_performance') >= 95 },
  { metric: 'lighthouse_accessibility', target: '≥ 95', measured: values.get('lighthouse_accessibility'), met: number('lighthouse_accessibility') >= 95 },
  { metric: 'site_chapter_cached_ratio', target: '≥ 10', measured: values.get('site_chapter_cached_ratio'), met: number('site_chapter_cached_ratio') >= 10 },
  { metric: 'site_fresh_after_publish_ms', target: '< 2000 ms', measured: values.get('site_fresh_after_publish_ms'), met: number('site_fresh_after_publish_ms') < 2000 },
  { metric: 'multi_server_stale_ms', target: '< 1000 ms', measured: values.get('multi_server_stale_ms'), met: number('multi_server_stale_ms') < 1000 },
].filter(({ measured }) => measured !== undefined && !measured.startsWith('undefined'))

const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? ''
const changed = git('status', '--porcelain', '--untracked-files=no')
  .split('\n')
  .filter((line) => line && !line.endsWith('bench/RESULTS.md'))
const commit = `\`${git('rev-parse', '--short', 'HEAD') || 'unknown'}\`${changed.length > 0 ? ` plus uncommitted changes to ${changed.length} file(s)` : ''}`

const cpus = os.cpus()
const machine = [
  `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}`,
  `${Math.round(os.totalmem() / 1024 ** 3)} GB RAM`,
  `${os.type()} ${os.release()} (${os.arch()})`,
  `Node ${process.version}`,
].join(', ')
const markdown = `# Benchmark results (\`npm run bench\`)

- Date: ${new Date().toISOString()}
- Machine: ${machine}
- Commit: ${commit}
- How: see \`bench/README.md\` (key figures, \`bench:figures\`) and \`bench/api-read.mjs\` (REST read under
  autocannon on loopback against \`next start\`, with the plugin and with \`KEY_FIGURES_ENABLED=false\`
  on the same build and database; a CSV import of \`import_rows\` rows through the REST endpoint).

## Targets

| metric | target | measured | |
| --- | --- | --- | --- |
${targets.map(({ measured, met, metric, target }) => `| \`${metric}\` | ${target} | ${measured} | ${met ? 'met' : '**missed**'} |`).join('\n')}

## Every line

| metric | value |
| --- | --- |
${lines.map((line) => `| \`${line.split('=')[0]}\` | ${line.slice(line.indexOf('=') + 1)} |`).join('\n')}
`
writeFileSync(path.join(root, 'bench/RESULTS.md'), markdown)
