#!/usr/bin/env node
// npm run bench: everything `npm run bench:figures` measures (unchanged, in its own process),
// then bench/api-read.mjs (public REST read with and without the plugin, p50/p99, import rows/s;
// needs `npm run build`). Prints one `name=value` per line and writes bench/RESULTS.md.
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
const lines = [...figures, ...api]
process.stdout.write(`${lines.join('\n')}\n`)

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
- How: see \`bench/README.md\` (key figures, \`bench:figures\`) and \`bench/api-read.mjs\` (REST read under
  autocannon on loopback against \`next start\`, with the plugin and with \`KEY_FIGURES_ENABLED=false\`
  on the same build and database; 10,000-row CSV import through the REST endpoint).

| metric | value |
| --- | --- |
${lines.map((line) => `| \`${line.split('=')[0]}\` | ${line.slice(line.indexOf('=') + 1)} |`).join('\n')}
`
writeFileSync(path.join(root, 'bench/RESULTS.md'), markdown)
