/// <reference types="node" />
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import * as engine from '../../../src/plugins/key-figures/engine/index'

const ENGINE_DIR = join(process.cwd(), 'src/plugins/key-figures/engine')
const sources = readdirSync(ENGINE_DIR).filter((name) => name.endsWith('.ts'))

function importsOf(source: string): string[] {
  const found: string[] = []
  const pattern = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g
  for (const match of source.matchAll(pattern)) found.push(match[1] ?? match[2] ?? '')
  return found
}

describe('the engine stays pure', () => {
  it('has the expected files', () => {
    expect(sources.sort()).toEqual(
      [
        'awaiting.ts',
        'binding.ts',
        'checkFigures.ts',
        'compare.ts',
        'decimal.ts',
        'derive.ts',
        'footing.ts',
        'format.ts',
        'index.ts',
        'lexical.ts',
        'messages.ts',
        'parse.ts',
        'periods.ts',
        'recordValue.ts',
        'types.ts',
        'unboundNumbers.ts',
        'verdictKey.ts',
      ].sort(),
    )
  })

  it.each(sources)('%s imports only decimal.js and engine files', (name) => {
    const imports = importsOf(readFileSync(join(ENGINE_DIR, name), 'utf8'))
    const foreign = imports.filter((specifier) => specifier !== 'decimal.js' && !specifier.startsWith('./'))
    expect(foreign).toEqual([])
  })

  it('detects a foreign import (the check itself can fail)', () => {
    expect(importsOf("import { getPayload } from 'payload'\nimport x from './x'")).toEqual(['payload', './x'])
  })

  it('exposes the public API from index', () => {
    for (const name of [
      'parseFigure',
      'formatFigure',
      'deriveValue',
      'compareFigure',
      'checkFooting',
      'findInlineFigures',
      'mapInlineFigures',
      'inlineFigureToInput',
      'collectReferencedRecordIds',
      'checkFigures',
      'checkDatasetsFooting',
      'readRecordValue',
      'footingRulesUsing',
    ]) {
      expect(typeof (engine as Record<string, unknown>)[name]).toBe('function')
    }
  })
})
