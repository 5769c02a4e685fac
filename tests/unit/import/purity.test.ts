/// <reference types="node" />
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const IMPORT_DIR = join(process.cwd(), 'src/plugins/key-figures/import')
const sources = readdirSync(IMPORT_DIR).filter((name) => name.endsWith('.ts'))

const importsOf = (source: string): string[] =>
  [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  )

describe('the import reader stays pure (server/ is the Payload side)', () => {
  it.each(sources)('%s imports only exceljs, the engine and its own files', (name) => {
    const imports = importsOf(readFileSync(join(IMPORT_DIR, name), 'utf8'))
    const foreign = imports.filter((specifier) => specifier !== 'exceljs' && specifier !== '../engine/index.ts' && !specifier.startsWith('./'))
    expect(foreign).toEqual([])
  })

  it('has its files (the test above would pass on an empty folder)', () => {
    expect(sources).toEqual(expect.arrayContaining(['csv.ts', 'xlsx.ts', 'rows.ts', 'diff.ts', 'export.ts']))
  })
})
