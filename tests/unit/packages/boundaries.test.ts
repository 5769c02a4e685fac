/// <reference types="node" />
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'

/**
 * The plugins are npm packages (src/plugins/<folder>, package `@jaarverslag/<folder>`): what they
 * import must come with them when they are installed elsewhere.
 */
const ROOT = process.cwd()
const FOLDERS = ['published-versions', 'key-figures', 'publication-workflow']

type Manifest = {
  name: string
  exports: Record<string, { default: string; import: string; types: string }>
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  files: string[]
}

const packages = FOLDERS.map((folder) => {
  const dir = join(ROOT, 'src/plugins', folder)
  return { dir, folder, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest }
})

const sourcesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'dist' || entry.name === 'node_modules') return []
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourcesIn(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })

/** Every module specifier a source names (static and dynamic imports, re-exports, `import type`). */
export const specifiersOf = (source: string): string[] =>
  [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  )

/** The package a bare specifier names: `@scope/name` or `name`. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')

/** What is wrong with one file's imports, for a package with these dependencies. */
export const importProblems = (file: string, source: string, packageDir: string, allowed: ReadonlySet<string>): string[] =>
  specifiersOf(source).flatMap((specifier) => {
    if (specifier.startsWith('.')) {
      const target = resolve(dirname(file), specifier)
      return relative(packageDir, target).startsWith('..') ? [`${specifier} leaves the package`] : []
    }
    if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return []
    return allowed.has(packageOf(specifier)) ? [] : [`${specifier} is not a dependency or peer dependency`]
  })

describe('the plugin packages', () => {
  it.each(packages)('$folder: every export points into dist/ and has a source file at the same place', ({ dir, manifest }) => {
    expect(manifest.name).toBe(`@jaarverslag/${dir.split('/').pop()}`)
    expect(manifest.files).toContain('dist')
    for (const [subpath, entry] of Object.entries(manifest.exports)) {
      expect(entry.import).toMatch(/^\.\/dist\/.+\.js$/)
      expect(entry.default).toBe(entry.import)
      expect(entry.types).toBe(entry.import.replace(/\.js$/, '.d.ts'))
      // The app (tsconfig.json `paths`, jest.config.js) reads `.` from index.ts and `./x` from exports/x.ts.
      const source = entry.import.replace(/^\.\/dist\//, '').replace(/\.js$/, '')
      expect(source).toBe(subpath === '.' ? 'index' : `exports/${subpath.slice(2)}`)
      expect(existsSync(join(dir, `${source}.ts`))).toBe(true)
    }
  })

  it.each(packages)('$folder: imports stay inside the package or name one of its dependencies', ({ dir, manifest }) => {
    const allowed = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})])
    const problems = sourcesIn(dir).flatMap((file) => importProblems(file, readFileSync(file, 'utf8'), dir, allowed).map((problem) => `${relative(dir, file)}: ${problem}`))
    expect(problems).toEqual([])
  })

  it.each(packages)('$folder: nothing passes through config.custom', ({ dir }) => {
    const users = sourcesIn(dir).filter((file) => /\bconfig\.custom\b|\bcustom\?\.\w/.test(readFileSync(file, 'utf8')))
    expect(users.map((file) => relative(dir, file))).toEqual([])
  })

  it('catches an import that leaves the package or names an undeclared package (the check itself can fail)', () => {
    const dir = join(ROOT, 'src/plugins/key-figures')
    const file = join(dir, 'hooks/x.ts')
    const source = "import { a } from '../../published-versions/index.js'\nimport type { B } from 'payload'\nimport c from 'left-pad'\nexport { d } from '../engine/index.js'\nconst e = await import('node:fs')"
    expect(importProblems(file, source, dir, new Set(['payload']))).toEqual(['../../published-versions/index.js leaves the package', 'left-pad is not a dependency or peer dependency'])
  })

  it('names admin components by package path, so any app resolves them (no paths relative to this app)', () => {
    const importMap = readFileSync(join(ROOT, 'src/app/(payload)/admin/importMap.js'), 'utf8')
    expect(importMap).not.toMatch(/plugins\/(key-figures|publication-workflow)\//)
    for (const name of ['@jaarverslag/key-figures/client#FigureStatus', '@jaarverslag/key-figures/rsc#PublicationCheckView', '@jaarverslag/publication-workflow/rsc#ScheduledFailuresSection']) {
      expect(importMap).toContain(`"${name}"`)
    }
  })
})
