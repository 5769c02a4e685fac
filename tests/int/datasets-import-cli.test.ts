import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { TestContext } from '../helpers/payload'

import { createDataset } from '../helpers/figures'
import { startPayload } from '../helpers/payload'
import { createUsers } from '../helpers/users'

let ctx: TestContext
let folder: string

const runCli = (args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'scripts/datasets-import.ts', ...args], {
      env: { ...process.env, DATABASE_URL: ctx.database.url, NODE_OPTIONS: '--no-deprecation' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => resolve({ code, stderr, stdout }))
  })

const file = (name: string, text: string) => {
  const target = path.join(folder, name)
  writeFileSync(target, text)
  return target
}

const values = async () =>
  (await ctx.payload.find({ collection: 'dataset-records', depth: 0, limit: 0, sort: 'key' })).docs.map((record) => `${record.key}=${record.value} ${record.unit}`)

beforeAll(async () => {
  ctx = await startPayload()
  folder = mkdtempSync(path.join(tmpdir(), 'import-cli-'))
  await createUsers(ctx.payload, 'cli')
  await createDataset(ctx.payload, { records: [{ key: 'budget.totaal', label: 'Budget', unit: 'euro', value: '1000.00' }], slug: 'budget' })
})

afterAll(async () => {
  await ctx?.stop()
  rmSync(folder, { force: true, recursive: true })
})

describe('npm run datasets:import', () => {
  const crm = 'Code;Omschrijving;Bedrag\nbudget.totaal;Budget;1.552.000,00 €\nbudget.personeel;Personeel;1,000,000.50\n'
  const mapArgs = ['--map', 'key=Code,label=Omschrijving,value=Bedrag', '--unit', 'euro']

  it('a dry run prints the diff, exits 0 and writes nothing', async () => {
    const result = await runCli([file('crm.csv', crm), '--dataset', 'budget', '--dry-run', ...mapArgs])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('1 toegevoegd, 1 gewijzigd, 0 verwijderd, 0 ongewijzigd.')
    expect(result.stdout).toContain('~ budget.totaal: value 1000.00 -> 1552000.00')
    expect(result.stdout).toContain('Proefdraai: er werd niets gewijzigd.')
    expect(await values()).toEqual(['budget.totaal=1000.00 euro'])
  })

  it('applies the import as version 1, recording the user, and exits 0', async () => {
    const result = await runCli([file('crm.csv', crm), '--dataset=budget', ...mapArgs, '--user', 'cli-editor@test.local'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Toegepast als versie 1.')
    expect(await values()).toEqual(['budget.personeel=1000000.50 euro', 'budget.totaal=1552000.00 euro'])
    const { docs } = await ctx.payload.find({ collection: 'dataset-imports', depth: 1 })
    expect(docs[0]).toMatchObject({ fileName: 'crm.csv', importedBy: expect.objectContaining({ email: 'cli-editor@test.local' }), version: 1 })
  })

  it('exits 1 with row and column on a bad file, and writes nothing', async () => {
    const before = await values()
    const result = await runCli([file('slecht.csv', 'key;label;value;unit\nbudget.totaal;Budget;veel;euro\n'), '--dataset', 'budget'])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('Rij 2, kolom value: waarde "veel" is geen getal')
    expect(await values()).toEqual(before)
  })

  it('a kill -9 in the middle of an apply leaves the dataset fully as it was, and the next import applies', async () => {
    const { dataset } = await createDataset(ctx.payload, { records: [{ key: 'groot.a', label: 'A', unit: 'count', value: '1' }], slug: 'groot-cli' })
    const snapshot = async () =>
      JSON.stringify({
        audit: (await ctx.payload.find({ collection: 'audit-log', depth: 0, limit: 0, pagination: false, sort: 'id' })).docs.map((entry) => entry.id),
        imports: (await ctx.payload.count({ collection: 'dataset-imports', where: { dataset: { equals: dataset.id } } })).totalDocs,
        records: (await ctx.payload.find({ collection: 'dataset-records', depth: 0, limit: 0, pagination: false, sort: 'key', where: { dataset: { equals: dataset.id } } })).docs.map(
          (record) => `${record.id} ${record.key}=${record.value} ${record.label} ${record.updatedAt}`,
        ),
      })
    const before = await snapshot()
    // The most rows a file may have: one changed, the rest new.
    const rows = ['key;label;value;unit', 'groot.a;A;2;count', ...Array.from({ length: 19_999 }, (_, index) => `groot.r${index};Rij ${index};${index};count`)]
    const big = file('groot.csv', rows.join('\n'))

    // Its own process group, so the kill reaches the import itself and not only scripts/run-ts.mjs.
    const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'scripts/datasets-import.ts', big, '--dataset', 'groot-cli'], {
      detached: true,
      env: { ...process.env, DATABASE_URL: ctx.database.url, NODE_OPTIONS: '--no-deprecation' },
    })
    let stderr = ''
    let stdout = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })))
    // Killed once it reports the first tenth of the records written: the rest is still to come.
    child.stderr.on('data', (chunk) => {
      stderr += chunk
      if (/Import: \d+ van 20000 records geschreven/.test(stderr) && child.exitCode === null) process.kill(-(child.pid as number), 'SIGKILL')
    })
    const { signal } = await ended
    expect(stderr).toMatch(/Import: \d+ van 20000 records geschreven \((10|20|30)%\)/)
    expect(stdout).not.toContain('Toegepast')
    expect(signal).toBe('SIGKILL')
    expect(await snapshot()).toBe(before)

    // Nothing is left locked or half written: the next import applies as version 1.
    const result = await runCli([file('klein.csv', 'key;label;value;unit\ngroot.a;A;3;count\n'), '--dataset', 'groot-cli'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Toegepast als versie 1.')
    const { docs } = await ctx.payload.find({ collection: 'dataset-records', depth: 0, where: { dataset: { equals: dataset.id } } })
    expect(docs.map((record) => `${record.key}=${record.value}`)).toEqual(['groot.a=3'])
    for (const collection of ['dataset-records', 'dataset-imports'] as const) {
      await ctx.payload.db.deleteMany({ collection, req: undefined as never, where: { dataset: { equals: dataset.id } } })
    }
    await ctx.payload.delete({ collection: 'datasets', id: dataset.id })
  }, 180_000)

  it('exits 2 on usage errors, a missing file and an unknown dataset', async () => {
    expect((await runCli([])).code).toBe(2)
    expect((await runCli([file('x.csv', crm), '--dataset', 'budget', '--map', 'sleutel=Code'])).code).toBe(2)
    expect((await runCli([path.join(folder, 'bestaat-niet.csv'), '--dataset', 'budget'])).code).toBe(2)
    const unknown = await runCli([file('x.csv', crm), '--dataset', 'bestaat-niet'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('bestaat-niet')
  })
})
