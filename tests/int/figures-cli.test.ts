import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'

import type { Report } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { createDataset } from '../helpers/figures'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'

let ctx: TestContext

const runCli = (args: string[], databaseUrl = ctx.database.url) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'scripts/figures-check.ts', ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: '--no-deprecation' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => resolve({ code, stderr, stdout }))
  })

beforeAll(async () => {
  ctx = await startPayload()
  const { records } = await createDataset(ctx.payload, { records: [{ key: 'vragen', label: 'Ontvangen vragen', unit: 'count', value: '104' }], slug: 'vraaggestuurd' })
  for (const [slug, shown] of [
    ['schoon', '104'],
    ['vuil', '105'],
  ]) {
    const report = await publishDocument<Report>(ctx.payload, 'reports', { data: { organisation: 'Socius', sections: [{ key: 'werking', title: 'Werking' }], slug, title: `Verslag ${slug}`, year: 2024 } })
    await ctx.payload.create({
      collection: 'chapters',
      data: { keyFigures: [{ label: 'Ontvangen vragen', operation: 'record', record: records.vragen.id, shown, unit: 'count' }], report: report.id, section: 'werking', title: `Vragen ${slug}` } as never,
      draft: true,
    })
  }
})

afterAll(async () => {
  await ctx?.stop()
})

describe('npm run figures:check', () => {
  it('exits 0 and says so when every figure agrees', async () => {
    const result = await runCli(['--report', 'schoon'])
    expect(result.stdout).toContain('Alle kerncijfers kloppen')
    expect(result.code).toBe(0)
  })

  it('exits 1 and prints a table naming the figure, shown and expected', async () => {
    const result = await runCli(['--report', 'vuil'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/mismatch\s+chapters\/\S+ Vragen vuil\s+Ontvangen vragen\s+105\s+104\s+vraaggestuurd \/ vragen/)
  })

  it('prints the report-check JSON with --json', async () => {
    const result = await runCli(['--report=vuil', '--json'])
    expect(result.code).toBe(1)
    const check = JSON.parse(result.stdout)
    expect(check.summary).toEqual({ documents: 2, figures: 1, findings: 1 })
    expect(check.findings[0]).toMatchObject({ expected: '104', kind: 'mismatch', shown: '105' })
  })

  it('exits 2 on a usage error, an unknown report, or a database it cannot reach', async () => {
    expect((await runCli([])).code).toBe(2)
    expect((await runCli(['--rapport', 'x'])).code).toBe(2)
    const unknown = await runCli(['--report', 'bestaat-niet'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('bestaat-niet')
    expect((await runCli(['--report', 'x'], 'postgres://nobody:nothing@127.0.0.1:9/none')).code).toBe(2)
  })
})
