#!/usr/bin/env node
// Installs the plugin packages into this app the way a registry install would: `npm pack` of each
// workspace package (its prepack builds dist/; the tarball holds what its package.json `files`
// publish), unpacked into this app's own node_modules. Payload, Next, React and the packages'
// own dependencies come from the repository's node_modules (Node resolves upward).
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const repo = path.resolve(app, '../..')
// key-figures depends on published-versions: that one is packed (and built) first.
const packages = ['published-versions', 'key-figures']
const packDir = mkdtempSync(path.join(tmpdir(), 'jaarverslag-pack-'))

const run = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' })
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}${result.stderr}`)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`)
  }
  return result.stdout
}

const countFiles = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => sum + (entry.isDirectory() ? countFiles(path.join(dir, entry.name)) : 1), 0)

try {
  for (const name of packages) {
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packDir], path.join(repo, 'src/plugins', name)))
    const tarball = path.join(packDir, packed.filename)
    const target = path.join(app, 'node_modules/@jaarverslag', name)
    rmSync(target, { force: true, recursive: true })
    mkdirSync(target, { recursive: true })
    run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], app)
    console.log(`${packed.id}: ${packed.filename} (${(statSync(tarball).size / 1024).toFixed(0)} kB, ${countFiles(target)} files) -> node_modules/@jaarverslag/${name}`)
  }
} finally {
  rmSync(packDir, { force: true, recursive: true })
}
