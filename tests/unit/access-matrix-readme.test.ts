import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { accessMatrix, matrixActions, matrixRoles, renderAccessMatrix } from '../../src/access/matrix'

const START = '<!-- access-matrix:start -->'
const END = '<!-- access-matrix:end -->'

describe('the access matrix in the README', () => {
  it('is exactly the rendered matrix (edit src/access/matrix.ts, then paste renderAccessMatrix())', () => {
    const readme = readFileSync(path.resolve(process.cwd(), 'README.md'), 'utf8')
    const start = readme.indexOf(START)
    const end = readme.indexOf(END)
    expect(start).toBeGreaterThan(-1)
    expect(end).toBeGreaterThan(start)
    expect(readme.slice(start + START.length, end).trim()).toBe(renderAccessMatrix())
  })

  it('has a cell for every collection, role and action', () => {
    for (const byRole of Object.values(accessMatrix)) {
      for (const role of matrixRoles) {
        for (const action of matrixActions) expect(['yes', 'no', '–', 'own', 'practices', 'to review']).toContain(byRole[role][action])
      }
    }
  })
})
