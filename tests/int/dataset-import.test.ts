import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Chapter, DatasetRecord, Report } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { recordsToCsv } from '../../src/plugins/key-figures/import'
import { fiftyThousandRows } from '../fixtures/bad-input/generate'
import { createDataset, createReport, recordFigure } from '../helpers/figures'
import { type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

const corpus = path.join(process.cwd(), 'tests/fixtures/bad-input')

let ctx: TestContext
let server: TestServer
let editor: Client
let author: Client
let report: Report
let records: Record<string, DatasetRecord>
let chapter: Chapter
let datasetId: number | string

/** Uploads a file to the import endpoint, as the given user, and returns status and JSON. */
const upload = async (as: Client, slug: string, name: string, bytes: Uint8Array, payload: Record<string, unknown> = { dryRun: false }) => {
  const form = new FormData()
  form.append('file', new Blob([bytes as BlobPart]), name)
  form.append('_payload', JSON.stringify(payload))
  const response = await fetch(`${server.url}/api/key-figures/datasets/${slug}/import`, {
    body: form,
    headers: as.token ? { Authorization: `JWT ${as.token}` } : {},
    method: 'POST',
  })
  return { body: (await response.json()) as any, status: response.status }
}

/** Everything an import could touch, as stored: compared as text before and after. */
const dump = async () => {
  const { payload } = ctx
  const all = { depth: 0, limit: 0, overrideAccess: true, pagination: false, sort: 'id' } as const
  return JSON.stringify({
    chapters: (await payload.find({ collection: 'chapters', ...all, draft: true })).docs.map((doc) => ({ figureCheck: doc.figureCheck, id: doc.id, updatedAt: doc.updatedAt })),
    datasetVersions: (await payload.findVersions({ collection: 'datasets', ...all })).docs,
    datasets: (await payload.find({ collection: 'datasets', ...all, draft: true })).docs,
    audit: (await payload.find({ collection: 'audit-log', ...all })).docs.map((entry) => entry.id),
    imports: (await payload.find({ collection: 'dataset-imports', ...all })).docs,
    records: (await payload.find({ collection: 'dataset-records', ...all })).docs,
  })
}

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  await createUsers(ctx.payload, 'imp')
  editor = await login(server, 'imp-editor@test.local', TEST_PASSWORD)
  author = await login(server, 'imp-author@test.local', TEST_PASSWORD)
  report = await createReport(ctx.payload)
  ;({ records } = await createDataset(ctx.payload, {
    records: [
      { key: 'vragen.mail', label: 'Vragen per mail', unit: 'count', value: '40' },
      { key: 'vragen.telefoon', label: 'Vragen per telefoon', unit: 'count', value: '50' },
      { key: 'vragen.oud', label: 'Vragen per fax', unit: 'count', value: '1' },
    ],
    slug: 'vragen',
  }))
  const dataset = records['vragen.mail'].dataset
  datasetId = typeof dataset === 'object' ? dataset.id : dataset
  chapter = await publishDocument<Chapter>(ctx.payload, 'chapters', {
    data: {
      keyFigures: [recordFigure('Vragen per mail', '40', 'count', records['vragen.mail'])],
      report: report.id,
      section: 'cijfers',
      title: 'Vragen',
    },
  })
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe('bad input: refused with row, column and problem, and nothing written', () => {
  const cases: [file: string, row: number, column: string, code: string, words: RegExp][] = [
    ['empty.csv', 1, 'key', 'empty-file', /leeg/],
    ['header-only.csv', 2, 'key', 'no-rows', /geen datarijen/],
    ['wrong-delimiter.csv', 1, 'key', 'missing-column', /scheidingsteken is geen ; , of tab/],
    ['bom.csv', 3, 'value', 'non-numeric-value', /"veertig" is geen getal/],
    ['mixed-line-endings.csv', 4, 'unit', 'unknown-unit', /eenheid "stuks" is onbekend/],
    ['duplicate-keys.csv', 4, 'key', 'duplicate-key', /komt twee keer voor: ook op rij 2/],
    ['non-numeric-value.csv', 3, 'value', 'non-numeric-value', /"n\.v\.t\." is geen getal/],
    ['unknown-unit.csv', 3, 'unit', 'unknown-unit', /"procentpunt" is onbekend/],
    ['formula.xlsx', 4, 'C', 'formula', /cel C4 bevat een formule/],
    ['merged-cells.xlsx', 2, 'D', 'merged-cells', /cel D2 is samengevoegd/],
    // The PNG signature holds \r\n and \n: its first NUL byte is on the third line, first character.
    ['binary.csv', 3, '1', 'binary-file', /binair bestand, geen CSV-tekst: byte 9 is een NUL-byte/],
    ['long-label.csv', 3, 'label', 'label-too-long', /hoogstens 200/],
    ['script-in-label.csv', 3, 'label', 'markup-in-label', /HTML-opmaak/],
  ]

  it.each(cases)('%s: row %i, column %s (%s)', async (file, row, column, code, words) => {
    const before = await dump()
    const response = await upload(editor, 'vragen', file, new Uint8Array(readFileSync(path.join(corpus, file))))
    expect(response.status).toBe(422)
    expect(response.body.applied).toBe(false)
    const found = response.body.plan.problems.find((item: { code: string }) => item.code === code)
    expect(found).toMatchObject({ column, row })
    expect(found.message.nl).toMatch(words)
    expect(found.message.nl).toMatch(new RegExp(`^Rij ${row}, kolom ${column}`))
    expect(found.message.en).toMatch(new RegExp(`^Row ${row}, column ${column}`))
    expect(await dump()).toBe(before)
  })

  it.each([
    ['JSON that breaks off', '{"dryRun": fals'],
    ['a list instead of an object', '[true]'],
  ])('a _payload that is %s is refused with 400 naming _payload, and nothing written', async (_what, raw) => {
    const before = await dump()
    const form = new FormData()
    form.append('file', new Blob([readFileSync(path.join(corpus, 'bom.csv'))]), 'bom.csv')
    form.append('_payload', raw)
    const response = await fetch(`${server.url}/api/key-figures/datasets/vragen/import`, { body: form, headers: { Authorization: `JWT ${editor.token}` }, method: 'POST' })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].data.errors[0]).toMatchObject({ message: expect.stringContaining('_payload'), path: '_payload' })
    expect(await dump()).toBe(before)
  })

  it('a 50,000-row file is refused with the 20,000-row limit at row 20,002', async () => {
    const before = await dump()
    const response = await upload(editor, 'vragen', 'groot.csv', fiftyThousandRows())
    expect(response.status).toBe(422)
    expect(response.body.plan.problems).toEqual([
      expect.objectContaining({ code: 'too-many-rows', column: 'key', row: 20_002 }),
    ])
    expect(response.body.plan.problems[0].message.en).toContain('at most 20000 rows')
    expect(await dump()).toBe(before)
  })

  it('a file without errors imports after the BOM and mixed line endings are read', async () => {
    const text = '\uFEFFkey,label,value,unit\r\nvragen.mail,Vragen per mail,40,count\nvragen.telefoon,Vragen per telefoon,50,count\rvragen.oud,Vragen per fax,1,count\r\n'
    const response = await upload(editor, 'vragen', 'ok.csv', new TextEncoder().encode(text), { dryRun: true })
    expect(response.status).toBe(200)
    expect(response.body.plan.diff).toMatchObject({ added: [], changed: [], removed: [], unchanged: 3 })
  })
})

describe('dry run, apply, versions', () => {
  it('only editors and admins may import or export', async () => {
    const file = new TextEncoder().encode('key;label;value;unit\na;A;1;count\n')
    expect((await upload(author, 'vragen', 'a.csv', file)).status).toBe(403)
    expect((await author.rest('/key-figures/datasets/vragen/export')).status).toBe(403)
    expect((await upload(editor, 'bestaat-niet', 'a.csv', file)).status).toBe(404)
  })

  it('the dry run shows the diff and the published figures it would make stale, and writes nothing', async () => {
    const before = await dump()
    const file = 'key;label;value;unit\nvragen.mail;Vragen per mail;45;count\nvragen.telefoon;Vragen per telefoon;50;count\nvragen.balie;Vragen aan de balie;14;count\n'
    const response = await upload(editor, 'vragen', 'vragen.csv', new TextEncoder().encode(file), { dryRun: true })
    expect(response.status).toBe(200)
    const { plan } = response.body
    expect(plan.diff.added.map((row: { key: string }) => row.key)).toEqual(['vragen.balie'])
    expect(plan.diff.changed).toEqual([expect.objectContaining({ after: expect.objectContaining({ value: '45' }), fields: ['value'], key: 'vragen.mail' })])
    expect(plan.diff.removed.map((row: { key: string }) => row.key)).toEqual(['vragen.oud'])
    expect(plan.stale).toEqual([
      expect.objectContaining({ collection: 'chapters', figures: [expect.objectContaining({ expected: '45', label: 'Vragen per mail', shown: '40' })], id: chapter.id }),
    ])
    expect(plan.dataset.version).toBe(0)
    expect(await dump()).toBe(before)
  })

  it('refuses to remove a record a published figure uses, and writes nothing', async () => {
    const before = await dump()
    const file = 'key;label;value;unit\nvragen.telefoon;Vragen per telefoon;50;count\nvragen.oud;Vragen per fax;1;count\n'
    const response = await upload(editor, 'vragen', 'zonder-mail.csv', new TextEncoder().encode(file))
    expect(response.status).toBe(422)
    expect(response.body.plan.problems[0].message.en).toContain(`record vragen.mail is not in the file, but published document(s) use it: chapters/${chapter.id}`)
    expect(await dump()).toBe(before)
  })

  it('a failure after every row was written rolls all of them back, with the import entry and its audit entry', async () => {
    const before = await dump()
    // The last write of an apply: the import entry's full diff, after every record, the entry itself and its audit entry.
    const db = ctx.payload.db as unknown as { updateOne: (args: { collection: string }) => Promise<unknown> }
    const original = db.updateOne
    let failed = 0
    db.updateOne = function (this: unknown, args) {
      if (args.collection === 'dataset-imports') {
        failed++
        return Promise.reject(new Error('disk full (injected)'))
      }
      return original.call(this, args)
    }
    try {
      const file = 'key;label;value;unit\nvragen.mail;Vragen per mail;45;count\nvragen.telefoon;Vragen per telefoon;50;count\nvragen.oud;Vragen per fax;1;count\nnieuw.a;A;1;count\nnieuw.b;B;2;count\n'
      const response = await upload(editor, 'vragen', 'half.csv', new TextEncoder().encode(file))
      expect(response.status).toBe(500)
      expect(response.body.errors[0].message).toContain('er werd niets gewijzigd')
    } finally {
      db.updateOne = original
    }
    expect(failed).toBe(1)
    expect(await dump()).toBe(before)
  })

  it('apply writes all rows, keeps the import as version 1, marks the chapter stale and exposes the version', async () => {
    const file = new TextEncoder().encode('key;label;value;unit\nvragen.mail;Vragen per mail;45;count\nvragen.telefoon;Vragen per telefoon;50;count\nvragen.oud;Vragen per fax;1;count\nvragen.balie;Vragen aan de balie;14;count\n')
    const response = await upload(editor, 'vragen', 'vragen-2025.csv', file)
    expect(response.status).toBe(200)
    expect(response.body.version).toBe(1)

    const { docs: stored } = await ctx.payload.find({ collection: 'dataset-records', depth: 0, limit: 0, sort: 'key', where: { dataset: { equals: datasetId } } })
    expect(stored.map((record) => [record.key, record.value])).toEqual([
      ['vragen.balie', '14'],
      ['vragen.mail', '45'],
      ['vragen.oud', '1'],
      ['vragen.telefoon', '50'],
    ])
    const { docs: imports } = await ctx.payload.find({ collection: 'dataset-imports', depth: 0 })
    expect(imports).toHaveLength(1)
    const { createHash } = await import('node:crypto')
    expect(imports[0]).toMatchObject({
      fileName: 'vragen-2025.csv',
      sha256: createHash('sha256').update(file).digest('hex'),
      summary: { added: 1, changed: 1, removed: 0, unchanged: 2 },
      version: 1,
    })
    expect(imports[0].importedBy).toBeTruthy()

    const after = await ctx.payload.findByID({ collection: 'chapters', depth: 0, id: chapter.id })
    expect(after.figureCheck?.status).toBe('stale')
    expect(after.figureCheck?.datasetVersions).toEqual({ [String(datasetId)]: 1 })

    // Corrected and published again: verified against version 1, and the API says so.
    await publishDocument(ctx.payload, 'chapters', { data: { keyFigures: [recordFigure('Vragen per mail', '45', 'count', records['vragen.mail'])] }, id: chapter.id })
    const read = await editor.rest(`/chapters/${chapter.id}?depth=1`)
    expect(read.body.figureCheck.status).toBe('ok')
    expect(read.body.keyFigures[0].resolved).toMatchObject({ datasetVersion: 1, matches: true, value: '45' })
  })

  it('exports CSV and XLSX that import again without changes, formulas neutralised', async () => {
    await ctx.payload.update({ collection: 'dataset-records', data: { label: '=HYPERLINK("http://x")' }, id: records['vragen.oud'].id })
    const csv = await fetch(`${server.url}/api/key-figures/datasets/vragen/export?format=csv`, { headers: { Authorization: `JWT ${editor.token}` } })
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="vragen.csv"')
    const text = await csv.text()
    expect(text).toContain(`vragen.oud,"'=HYPERLINK(""http://x"")",1,count`)
    const xlsx = await fetch(`${server.url}/api/key-figures/datasets/vragen/export?format=xlsx`, { headers: { Authorization: `JWT ${editor.token}` } })
    const bytes = new Uint8Array(await xlsx.arrayBuffer())
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b])
    const dry = await upload(editor, 'vragen', 'vragen.xlsx', bytes, { dryRun: true })
    expect(dry.status).toBe(200)
    // Only the neutralised label differs from what is stored.
    expect(dry.body.plan.diff).toMatchObject({ added: [], removed: [], unchanged: 3 })
    expect(dry.body.plan.diff.changed).toEqual([expect.objectContaining({ fields: ['label'], key: 'vragen.oud' })])
    expect(recordsToCsv([])).toBeInstanceOf(Uint8Array)
  })

  it('refuses an export in an unknown format (400, naming the field) or of an unknown dataset (404)', async () => {
    const auth = { headers: { Authorization: `JWT ${editor.token}` } }
    const badFormat = await fetch(`${server.url}/api/key-figures/datasets/vragen/export?format=xls`, auth)
    expect(badFormat.status).toBe(400)
    expect((await badFormat.json()).errors[0]).toMatchObject({ field: 'format', message: expect.stringContaining('csv of xlsx') })
    const unknown = await fetch(`${server.url}/api/key-figures/datasets/bestaat-niet/export?format=csv`, auth)
    expect(unknown.status).toBe(404)
  })
})
