#!/usr/bin/env node
// Installs the plugin packages into this app the way a registry install would: `npm pack` of each
// workspace package (its prepack builds dist/; the tarball holds what its package.json `files`
// publish), unpacked into this app's own node_modules. Payload, Next, React and the packages'
// own dependencies come from the repository's node_modules (Node resolves upward).
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const repo = path.resolve(app, '../..')
// key-figures depends on published-versions: that one is packed (and built) first. The workflow
// is packed to check its tarball; this app does not install it.
const packages = ['published-versions', 'key-figures', 'publication-workflow']
const installed = new Set(['published-versions', 'key-figures'])

/**
 * What a tarball may hold: its package.json, README, LICENSE and the build in dist/; never app
 * code, the seed or the report's data (a file that names them, or a relative import that leaves
 * the package, fails the install).
 */
const tarballProblems = (name, files, root) => {
  const problems = []
  for (const { path: file } of files) {
    if (!/^(package\.json|README\.md|LICENSE|dist\/.+)$/.test(file)) problems.push(`${file}: not part of the package's build`)
    if (!/\.(js|ts|mjs|json|md)$/.test(file) || file === 'README.md') continue
    const text = readFileSync(path.join(root, file), 'utf8')
    if (/src\/(seed|app|collections)\/|jaarverslag-2024|payload-config/.test(text)) problems.push(`${file}: refers to the app, its seed or its config`)
    for (const [, specifier] of text.matchAll(/from ['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const resolved = path.resolve(path.dirname(path.join(root, file)), specifier)
      if (!resolved.startsWith(root + path.sep)) problems.push(`${file}: imports ${specifier}, outside the package`)
    }
  }
  return problems.map((problem) => `@jaarverslag/${name}: ${problem}`)
}
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
    const target = installed.has(name) ? path.join(app, 'node_modules/@jaarverslag', name) : path.join(packDir, name)
    rmSync(target, { force: true, recursive: true })
    mkdirSync(target, { recursive: true })
    run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], app)
    const problems = tarballProblems(name, packed.files, target)
    if (problems.length > 0) throw new Error(`the tarball of @jaarverslag/${name} holds more than the package:\n${problems.join('\n')}`)
    console.log(`${packed.id}: ${packed.filename} (${(statSync(tarball).size / 1024).toFixed(0)} kB, ${countFiles(target)} files, only the package's build)${installed.has(name) ? ` -> node_modules/@jaarverslag/${name}` : ''}`)
  }
} finally {
  rmSync(packDir, { force: true, recursive: true })
}
