import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Chapter } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { createDataset, createReport, recordFigure } from '../helpers/figures'
import { client, type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

/** Large enough that the apply outlasts a read many times over, on SQLite and on PostgreSQL. */
const ROWS = 8000

let ctx: TestContext
let server: TestServer
let editor: Client

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  await createUsers(ctx.payload, 'srv')
  editor = await login(server, 'srv-editor@test.local', TEST_PASSWORD)
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

/**
 * Watches the adapter: `writing` resolves at the first record the server writes inside a
 * transaction (created or changed), i.e. once the apply is under way, and `onCommit` runs when
 * that transaction commits, i.e. when the apply's work is done.
 */
const watchApply = (onCommit: () => void) => {
  type Method = (args: any) => Promise<unknown>
  const db = ctx.payload.db as unknown as Record<'commitTransaction' | 'create' | 'updateOne', Method>
  const originals = { commitTransaction: db.commitTransaction, create: db.create, updateOne: db.updateOne }
  let transaction: unknown
  let started = () => {}
  const writing = new Promise<void>((resolve) => {
    started = resolve
  })
  for (const name of ['create', 'updateOne'] as const) {
    db[name] = async function (this: unknown, args) {
      if (args.collection === 'dataset-records' && args.req?.transactionID && transaction === undefined) {
        transaction = await args.req.transactionID
        started()
      }
      return originals[name].call(this, args)
    }
  }
  db.commitTransaction = async function (this: unknown, id) {
    const result = await originals.commitTransaction.call(this, id)
    if (transaction !== undefined && (await id) === transaction) onCommit()
    return result
  }
  return { restore: () => Object.assign(db, originals), writing }
}

describe('the server keeps serving while a large import applies', () => {
  it('answers an anonymous read before the apply ends, lets a draft save and logins through, and still flags stale documents and audits the import once', async () => {
    const report = await createReport(ctx.payload)
    const { dataset, records } = await createDataset(ctx.payload, {
      records: [{ key: 'groot.basis', label: 'Basis', unit: 'count', value: '10' }],
      slug: 'groot',
      title: 'Groot bestand',
    })
    const chapter = await publishDocument<Chapter>(ctx.payload, 'chapters', {
      data: { keyFigures: [recordFigure('Basis', '10', 'count', records['groot.basis'])], report: report.id, section: 'cijfers', title: 'Groot' },
    })
    const recordAudits = async () =>
      (await ctx.payload.count({ collection: 'audit-log', where: { collectionSlug: { equals: 'dataset-records' } } })).totalDocs
    const recordAuditsBefore = await recordAudits()

    // One changed record and ROWS new ones.
    const csv = ['key;label;value;unit', 'groot.basis;Basis;11;count', ...Array.from({ length: ROWS }, (_, index) => `groot.r.${index};Rij ${index};${index * 3}.25;decimal`)]
    let results: { body: any; status: number }[] = []
    const form = new FormData()
    form.append('file', new Blob([csv.join('\n')]), 'groot.csv')
    form.append('_payload', JSON.stringify({ dryRun: false }))

    const finished: string[] = []
    const done = <T>(name: string, promise: Promise<T>) => promise.then((value) => (finished.push(name), value))
    const { restore, writing } = watchApply(() => finished.push('apply committed'))
    try {
      const apply = done(
        'apply',
        fetch(`${server.url}/api/key-figures/datasets/groot/import`, { body: form, headers: { Authorization: `JWT ${editor.token}` }, method: 'POST' }).then(
          async (response) => ({ body: await response.json(), status: response.status }),
        ),
      )
      await writing
      // Sent once the apply is writing: each must be answered while the import runs, or after it, never refused.
      const anonymous = client(server)
      const read = done('read', anonymous.rest(`/chapters/${chapter.id}?depth=1`))
      const draftSave = done('draft save', editor.rest(`/chapters/${chapter.id}?draft=true`, { body: { title: 'Groot (concept)' }, method: 'PATCH' }))
      const goodLogin = done('login', client(server).rest('/users/login', { body: { email: 'srv-author@test.local', password: TEST_PASSWORD }, method: 'POST' }))
      const badLogin = done('wrong password', client(server).rest('/users/login', { body: { email: 'srv-admin@test.local', password: 'wrong-password' }, method: 'POST' }))
      results = await Promise.all([apply, read, draftSave, goodLogin, badLogin])
    } finally {
      restore()
    }
    const [applied, readResponse, saved, loggedIn, refused] = results
    expect(applied.status).toBe(200)
    expect(applied.body.plan.diff).toMatchObject({ unchanged: 0 })
    expect(applied.body.plan.diff.added).toHaveLength(ROWS)
    expect(readResponse.status).toBe(200)
    expect(readResponse.body.keyFigures[0].resolved).toMatchObject({ value: expect.stringMatching(/^1[01]$/) })
    // The read was sent after the apply had begun writing, and answered before the apply's transaction committed.
    expect(finished).toContain('apply committed')
    expect(finished.indexOf('read')).toBeLessThan(finished.indexOf('apply committed'))
    expect(saved.status).toBe(200)
    expect(loggedIn.status).toBe(200)
    expect(refused.status).toBe(401)

    // What the records' hooks did per record is done once for the import.
    const { totalDocs } = await ctx.payload.count({ collection: 'dataset-records', where: { dataset: { equals: dataset.id } } })
    expect(totalDocs).toBe(ROWS + 1)
    const { docs: sample } = await ctx.payload.find({ collection: 'dataset-records', depth: 0, where: { key: { equals: 'groot.r.1000' } } })
    expect(sample[0]).toMatchObject({ label: 'Rij 1000', pickerTitle: 'groot · groot.r.1000 · Rij 1000 = 3.000,25', unit: 'decimal', value: '3000.25' })
    expect(sample[0].createdAt).toBeTruthy()
    const changed = await ctx.payload.findByID({ collection: 'dataset-records', depth: 0, id: records['groot.basis'].id })
    expect(changed).toMatchObject({ pickerTitle: 'groot · groot.basis · Basis = 11', value: '11' })
    const published = await ctx.payload.findByID({ collection: 'chapters', depth: 0, id: chapter.id })
    expect(published.figureCheck).toMatchObject({ datasetVersions: { [String(dataset.id)]: 1 }, status: 'stale' })

    const { docs: audits } = await ctx.payload.find({ collection: 'audit-log', where: { and: [{ collectionSlug: { equals: 'datasets' } }, { documentId: { equals: String(dataset.id) } }] } })
    const importAudits = audits.filter((entry) => entry.summary.startsWith('Import'))
    expect(importAudits).toHaveLength(1)
    expect(importAudits[0]).toMatchObject({
      action: 'changed',
      documentTitle: 'Groot bestand',
      summary: expect.stringContaining(`Import versie 1 uit groot.csv: ${ROWS} records toegevoegd, 1 gewijzigd, 0 verwijderd, 0 ongewijzigd.`),
      userLabel: expect.stringContaining('srv-editor@test.local'),
    })
    expect(await recordAudits()).toBe(recordAuditsBefore)

    await ctx.payload.delete({ collection: 'chapters', id: chapter.id })
    for (const collection of ['dataset-records', 'dataset-imports'] as const) {
      await ctx.payload.db.deleteMany({ collection, req: undefined as never, where: { dataset: { equals: dataset.id } } })
    }
    await ctx.payload.delete({ collection: 'datasets', id: dataset.id })
    await ctx.payload.delete({ collection: 'reports', id: report.id })
  }, 180_000)
})
