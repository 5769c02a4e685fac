#!/usr/bin/env node
// node scripts/run-ts.mjs <script.ts> [args...]: runs one of our TypeScript scripts under tsx and
// passes its exit code on.
//
// Why a wrapper: on Node 20, loading the Payload config through tsx's ESM loader now and then
// stalls inside @payloadcms/richtext-lexical's module graph, and Node then ends the process with
// code 0 and no output (measured here: about 1 start in 8). A stalled start has done nothing, so
// it is simply started again; the script says on fd 3 that it really finished (scripts/lib/exit.ts).
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [script, ...args] = process.argv.slice(2)
if (!script) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args...]')
  process.exit(2)
}
const attempts = 10

for (let attempt = 1; attempt <= attempts; attempt++) {
  const child = spawnSync(process.execPath, ['--no-deprecation', '--import', 'tsx', path.resolve(root, script), ...args], {
    cwd: root,
    stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
  })
  if (child.error) {
    console.error(child.error.message)
    process.exit(2)
  }
  if (String(child.output?.[3] ?? '').includes('finished')) process.exit(child.status ?? 2)
  if (child.status !== 0) process.exit(child.status ?? 2)
}
console.error(`${script} did not start after ${attempts} attempts.`)
process.exit(2)
