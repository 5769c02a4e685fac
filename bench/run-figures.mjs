#!/usr/bin/env node
// npm run bench:figures: starts bench/figures.ts under tsx and passes its output and exit code on.
//
// Why a wrapper (the same reason as scripts/run-ts.mjs): on Node 20, a start under tsx's ESM loader now
// and then stalls, and Node ends the process with code 0 and no output. A run that ended with
// code 0 but without its last line (`bench_figures=done`) is started again. bench/figures.ts
// restarts its own children the same way, so a stall there costs one child, not the run.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const marker = 'bench_figures=done'
const attempts = 4

for (let attempt = 1; attempt <= attempts; attempt++) {
  const child = spawnSync(process.execPath, ['--no-deprecation', '--import', 'tsx', path.join(root, 'bench/figures.ts'), ...process.argv.slice(2)], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  if (child.error) {
    console.error(child.error.message)
    process.exit(2)
  }
  const stdout = String(child.stdout ?? '')
  if (stdout.split('\n').includes(marker) || child.status !== 0) {
    process.stdout.write(stdout, () => process.exit(child.status ?? 2))
    break
  }
  console.error(`[bench] bench/figures.ts stalled at start (exit 0, no output), starting again (${attempt}/${attempts})`)
  if (attempt === attempts) {
    console.error(`bench:figures did not start after ${attempts} attempts.`)
    process.exit(2)
  }
}
