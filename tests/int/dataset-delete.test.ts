import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Chapter, Report } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { createLocalReq, initTransaction, killTransaction } from 'payload'

import { createDataset, createReport, recordFigure } from '../helpers/figures'
import { type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let server: TestServer
let editor: Client
let report: Report

/** Applies a CSV to a dataset through the import endpoint, as the editor: one import entry (version) per call. */
const importCsv = async (slug: string, csv: string) => {
  const form = new FormData()
  form.append('file', new Blob([csv]), `${slug}.csv`)
  form.append('_payload', JSON.stringify({ dryRun: false }))
  const response = await fetch(`${server.url}/api/key-figures/datasets/${slug}/import`, { body: form, headers: { Authorization: `JWT ${editor.token}` }, method: 'POST' })
  expect(response.status).toBe(200)
}

/** A published dataset with two records and two applied imports. */
const datasetWithHistory = async (slug: string) => {
  const { dataset, records } = await createDataset(ctx.payload, {
    records: [
      { key: `${slug}.a`, label: 'A', unit: 'count', value: '40' },
      { key: `${slug}.b`, label: 'B', unit: 'count', value: '60' },
    ],
    slug,
  })
  await importCsv(slug, `key;label;value;unit\n${slug}.a;A;41;count\n${slug}.b;B;60;count\n`)
  await importCsv(slug, `key;label;value;unit\n${slug}.a;A;42;count\n${slug}.b;B;60;count\n`)
  return { dataset, records }
}

/** What a dataset holds, as stored: its row, its records and its import history. */
const holdings = async (id: number | string) => {
  const byDataset = { depth: 0, overrideAccess: true, pagination: false, where: { dataset: { equals: id } } } as const
  return {
    dataset: (await ctx.payload.find({ collection: 'datasets', depth: 0, draft: true, overrideAccess: true, where: { id: { equals: id } } })).totalDocs,
    imports: (await ctx.payload.find({ collection: 'dataset-imports', ...byDataset, sort: 'version' })).docs.map((entry) => entry.version),
    records: (await ctx.payload.find({ collection: 'dataset-records', ...byDataset, sort: 'key' })).docs.map((record) => `${record.key}=${record.value}`),
  }
}

const auditOf = async (id: number | string) =>
  (
    await ctx.payload.find({
      collection: 'audit-log',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      sort: 'id',
      where: { and: [{ collectionSlug: { equals: 'datasets' } }, { documentId: { equals: String(id) } }] },
    })
  ).docs.map((entry) => ({ action: entry.action, summary: entry.summary }))

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  await createUsers(ctx.payload, 'del')
  editor = await login(server, 'del-editor@test.local', TEST_PASSWORD)
  report = await createReport(ctx.payload)
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe('deleting a dataset deletes its records and its import history with it', () => {
  it('DELETE /api/datasets/:id of a dataset with two imports answers 200 and leaves nothing of it', async () => {
    const { dataset } = await datasetWithHistory('met-historiek')
    expect(await holdings(dataset.id)).toEqual({ dataset: 1, imports: [1, 2], records: ['met-historiek.a=42', 'met-historiek.b=60'] })
    const response = await editor.rest(`/datasets/${dataset.id}`, { method: 'DELETE' })
    expect(response.status).toBe(200)
    expect(await holdings(dataset.id)).toEqual({ dataset: 0, imports: [], records: [] })
  })

  it('the audit log says what went with it, in the deletion itself', async () => {
    const { dataset } = await datasetWithHistory('geauditeerd')
    expect((await editor.rest(`/datasets/${dataset.id}`, { method: 'DELETE' })).status).toBe(200)
    expect((await auditOf(dataset.id)).at(-1)).toEqual({ action: 'deleted', summary: 'Verwijderd, met 2 records en 2 imports (versies). / Deleted with 2 records and 2 imports (versions).' })
  })

  it('a bulk delete by where does the same for every dataset it deletes', async () => {
    const first = await datasetWithHistory('bulk-een')
    const second = await datasetWithHistory('bulk-twee')
    const response = await editor.rest('/datasets?where[slug][in]=bulk-een,bulk-twee', { method: 'DELETE' })
    expect(response.status).toBe(200)
    expect(response.body.errors).toEqual([])
    for (const { dataset } of [first, second]) expect(await holdings(dataset.id)).toEqual({ dataset: 0, imports: [], records: [] })
  })

  it('the records and history go in the deletion\'s transaction: rolled back, the dataset keeps them all', async () => {
    const { dataset } = await datasetWithHistory('teruggedraaid')
    const before = await holdings(dataset.id)
    const req = await createLocalReq({}, ctx.payload)
    await initTransaction(req)
    await ctx.payload.delete({ collection: 'datasets', id: dataset.id, req })
    const inside = { req, where: { dataset: { equals: dataset.id } } } as const
    expect([(await ctx.payload.count({ collection: 'dataset-records', ...inside })).totalDocs, (await ctx.payload.count({ collection: 'dataset-imports', ...inside })).totalDocs]).toEqual([0, 0])
    await killTransaction(req)
    expect(await holdings(dataset.id)).toEqual(before)
    expect(before.imports).toEqual([1, 2])
  })

  it('a dataset without records or imports is deleted as before, audited as plainly deleted', async () => {
    const { dataset } = await createDataset(ctx.payload, { records: [], slug: 'leeg' })
    expect((await editor.rest(`/datasets/${dataset.id}`, { method: 'DELETE' })).status).toBe(200)
    expect((await auditOf(dataset.id)).at(-1)).toEqual({ action: 'deleted', summary: 'Verwijderd.' })
  })

  it('a dataset a published document uses is still refused (409 naming it), and keeps its records and history', async () => {
    const { dataset, records } = await datasetWithHistory('in-gebruik')
    const chapter = await publishDocument<Chapter>(ctx.payload, 'chapters', {
      data: { keyFigures: [recordFigure('A', '42', 'count', records['in-gebruik.a'])], report: report.id, section: 'cijfers', title: 'Gebruikt de dataset' },
    })
    const before = await holdings(dataset.id)
    const response = await editor.rest(`/datasets/${dataset.id}`, { method: 'DELETE' })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toContain('Gebruikt de dataset')
    expect(await holdings(dataset.id)).toEqual(before)
    await ctx.payload.delete({ collection: 'chapters', id: chapter.id })
  })
})
