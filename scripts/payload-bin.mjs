#!/usr/bin/env node
// Runs Payload's CLI (`payload <command>`) in the current folder (the app, or examples/minimal-app),
// starting it again when a start stalled.
// On Node 20 the CLI's TypeScript loader (tsx) now and then stalls while loading the config and
// Node ends the process with code 0 and no output at all (see scripts/run-ts.mjs). Every
// real run of the commands we use prints at least one log line, so a silent exit is retried.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const attempts = 10
for (let attempt = 1; attempt <= attempts; attempt++) {
  const child = spawnSync(process.execPath, ['--no-deprecation', path.join(root, 'node_modules/payload/bin.js'), ...process.argv.slice(2)], {
    cwd: process.cwd(),
    encoding: 'utf8',
    stdio: ['inherit', 'pipe', 'pipe'],
  })
  const output = `${child.stdout ?? ''}${child.stderr ?? ''}`
  if (child.status !== 0 || output.trim()) {
    process.stdout.write(child.stdout ?? '')
    process.stderr.write(child.stderr ?? '')
    process.exit(child.status ?? 1)
  }
}
console.error(`payload ${process.argv.slice(2).join(' ')}: no output after ${attempts} starts.`)
process.exit(1)
