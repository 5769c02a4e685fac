import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { ValidationError } from 'payload'

import type { Chapter, DatasetRecord, Report } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { createDataset, recordFigure } from '../helpers/figures'
import { client, type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let server: TestServer
let editor: Client
let admin: Client
let report: Report
let record: DatasetRecord
let counter = 0

const TASK = 'generateReportPdf' as const

const newReport = (status: 'draft' | 'published') => {
  const data = { organisation: 'Socius', sections: [{ key: 'werking', title: 'Onze werking' }], slug: `verslag-${++counter}`, title: `Verslag ${counter}`, year: 2024 }
  return status === 'published'
    ? publishDocument<Report>(ctx.payload, 'reports', { data })
    : (ctx.payload.create({ collection: 'reports', data: data as never, draft: true }) as Promise<Report>)
}

const publishChapter = (data: Partial<Chapter> = {}, reportId: Report['id'] = report.id) =>
  publishDocument<Chapter>(ctx.payload, 'chapters', { data: { report: reportId, section: 'werking', title: `Hoofdstuk ${++counter}`, ...data } })

/** The edition jobs waiting for a report: what Payload's concurrency control keeps to one. */
const pendingJobs = async (reportId: Report['id']) =>
  (
    await ctx.payload.find({
      collection: 'payload-jobs',
      depth: 0,
      limit: 100,
      where: { and: [{ taskSlug: { equals: TASK } }, { concurrencyKey: { equals: `report-pdf:${reportId}` } }, { completedAt: { exists: false } }, { processing: { equals: false } }] },
    })
  ).docs as unknown as { id: number | string; input: { reason: string; report: string }; hasError?: boolean | null }[]

/** A small real PDF file, stored as an edition the way the job stores one. */
const storeEdition = async (reportId: Report['id'], latest: boolean) => {
  const pdf = await PDFDocument.create()
  pdf.addPage()
  const bytes = await pdf.save()
  return ctx.payload.create({
    collection: 'report-pdfs',
    data: { generatedAt: new Date().toISOString(), latest, report: reportId, sha256: 'a'.repeat(64) } as never,
    file: { data: Buffer.from(bytes), mimetype: 'application/pdf', name: `editie-${++counter}.pdf`, size: bytes.length },
    overrideAccess: true,
  })
}

beforeAll(async () => {
  ctx = await startPayload({ reportPdf: true })
  server = await startHttpServer()
  await createUsers(ctx.payload, 'pdf')
  editor = await login(server, 'pdf-editor@test.local', TEST_PASSWORD)
  admin = await login(server, 'pdf-admin@test.local', TEST_PASSWORD)
  report = await newReport('published')
  ;({
    records: { 'deelnemers.totaal': record },
  } = await createDataset(ctx.payload, { records: [{ key: 'deelnemers.totaal', label: 'Totaal aantal deelnemers', unit: 'count', value: '1540' }], slug: 'pdf-deelnemers' }))
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

beforeEach(async () => {
  await ctx.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
})

describe('when the PDF edition is made again', () => {
  it('publishing a chapter queues its report’s edition; publishing more before the job ran leaves one pending job', async () => {
    await publishChapter()
    await publishChapter()
    const pending = await pendingJobs(report.id)
    expect(pending).toHaveLength(1)
    expect(pending[0].input).toEqual({ reason: 'publish', report: String(report.id) })
  })

  it('a publish whose caller asks for no fields back (as the seed does) queues the edition too', async () => {
    const chapter = await ctx.payload.create({ collection: 'chapters', data: { report: report.id, section: 'werking', title: `Hoofdstuk ${++counter}` } as never, draft: true })
    await ctx.payload.update({ collection: 'chapters', data: { _status: 'published', workflowStage: 'approved' } as never, id: chapter.id, select: {} as never })
    expect((await pendingJobs(report.id)).map((job) => job.input.reason)).toEqual(['publish'])
  })

  it('a draft save of a published chapter queues nothing: the public still reads the published version', async () => {
    const chapter = await publishChapter()
    await ctx.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    const draft = await editor.rest(`/chapters/${chapter.id}?draft=true`, { body: { summary: 'Nog niet klaar' }, method: 'PATCH' })
    expect(draft.status).toBe(200)
    expect(await pendingJobs(report.id)).toHaveLength(0)
  })

  it('unpublishing a chapter queues its report’s edition', async () => {
    const chapter = await publishChapter()
    await ctx.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    const unpublish = await editor.rest(`/chapters/${chapter.id}`, { body: { _status: 'draft' }, method: 'PATCH' })
    expect(unpublish.status).toBe(200)
    expect((await pendingJobs(report.id)).map((job) => job.input.reason)).toEqual(['unpublish'])
  })

  it('deleting a published chapter queues its report’s edition', async () => {
    const chapter = await publishChapter()
    await ctx.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    expect((await editor.rest(`/chapters/${chapter.id}`, { method: 'DELETE' })).status).toBe(200)
    expect((await pendingJobs(report.id)).map((job) => job.input.reason)).toEqual(['delete'])
  })

  it('a refused publish queues nothing: the job is queued in the transaction that is rolled back', async () => {
    const refused = await publishChapter({ keyFigures: [recordFigure('Deelnemers', '1.541', 'count', record)] as never }).then(
      () => null,
      (error: unknown) => error,
    )
    expect(refused).toBeInstanceOf(ValidationError)
    expect(await pendingJobs(report.id)).toHaveLength(0)
  })

  it('a record change that makes a published figure stale queues the edition, and so does the change back', async () => {
    await publishChapter({ keyFigures: [recordFigure('Deelnemers', '1.540', 'count', record)] as never })
    await ctx.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    const changed = await editor.rest(`/dataset-records/${record.id}`, { body: { value: '1541' }, method: 'PATCH' })
    expect(changed.status).toBe(200)
    expect((await pendingJobs(report.id)).map((job) => job.input.reason)).toEqual(['stale'])
    await ctx.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
    await editor.rest(`/dataset-records/${record.id}`, { body: { value: '1540' }, method: 'PATCH' })
    expect((await pendingJobs(report.id)).map((job) => job.input.reason)).toEqual(['stale'])
  })

  it('publishing the report itself queues its edition', async () => {
    const other = await newReport('draft')
    await publishDocument(ctx.payload, 'reports', { id: other.id })
    expect((await pendingJobs(other.id)).map((job) => job.input.reason)).toEqual(['publish'])
  })
})

describe('the job', () => {
  it('withdraws the editions of a report that is no longer published: the public no longer gets one', async () => {
    const other = await newReport('draft')
    const edition = await storeEdition(other.id, true)
    expect((await client(server).rest(`/report-pdfs/${edition.id}`)).status).toBe(200)
    await ctx.payload.jobs.queue({ input: { reason: 'unpublish', report: String(other.id) }, task: TASK })
    await ctx.payload.jobs.run()
    const after = await ctx.payload.findByID({ collection: 'report-pdfs', depth: 0, id: edition.id })
    expect(after.latest).toBe(false)
    expect((await client(server).rest(`/report-pdfs/${edition.id}`)).status).toBe(404)
  })

  it('without Chromium is cancelled, not retried, with a message that says so', async () => {
    const before = process.env.CHROMIUM_PATH
    process.env.CHROMIUM_PATH = '/nonexistent/chromium'
    try {
      const job = await ctx.payload.jobs.queue({ input: { reason: 'publish', report: String(report.id) }, task: TASK })
      await ctx.payload.jobs.run()
      const ran = (await ctx.payload.findByID({ collection: 'payload-jobs', depth: 0, id: job.id })) as unknown as { error: unknown; hasError: boolean; totalTried: number }
      expect(ran.hasError).toBe(true)
      expect(JSON.stringify(ran.error)).toContain('Chromium is niet geïnstalleerd')
      await ctx.payload.jobs.run()
      expect(((await ctx.payload.findByID({ collection: 'payload-jobs', depth: 0, id: job.id })) as unknown as { totalTried: number }).totalTried).toBe(ran.totalTried)
      expect(await ctx.payload.count({ collection: 'report-pdfs', where: { report: { equals: report.id } } })).toEqual({ totalDocs: 0 })
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH
      else process.env.CHROMIUM_PATH = before
    }
  })
})

describe('report-pdfs', () => {
  it('shows anonymous readers only the current edition of each report; people logged in see them all', async () => {
    const other = await newReport('published')
    const old = await storeEdition(other.id, false)
    const current = await storeEdition(other.id, true)
    const where = `where[report][equals]=${other.id}&depth=0`
    const anonymous = await client(server).rest(`/report-pdfs?${where}`)
    expect(anonymous.body.docs.map((doc: { id: unknown }) => doc.id)).toEqual([current.id])
    expect((await client(server).rest(`/report-pdfs/${old.id}`)).status).toBe(404)
    const logged = await editor.rest(`/report-pdfs?${where}&sort=createdAt`)
    expect(logged.body.docs.map((doc: { id: unknown }) => doc.id)).toEqual([old.id, current.id])
    const file = await fetch(`${server.url}/api/report-pdfs/file/${encodeURIComponent(String(current.filename))}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
  })

  it('tells every server’s site cache when an edition is stored (the report page links it, /pdf serves it)', async () => {
    const other = await newReport('published')
    const edition = await storeEdition(other.id, true)
    const { docs } = await ctx.payload.find({ collection: 'cache-signals', depth: 0, limit: 1, sort: '-createdAt' })
    expect(docs[0]?.tags).toEqual(expect.arrayContaining([`doc:report-pdfs:${edition.id}`, 'list:report-pdfs']))
  })

  it('is written by the job only: not even an admin creates, changes or deletes an edition through the API', async () => {
    const other = await newReport('published')
    const edition = await storeEdition(other.id, true)
    expect((await admin.rest('/report-pdfs', { body: { latest: true, report: other.id, sha256: 'b'.repeat(64) }, method: 'POST' })).status).toBe(403)
    expect((await admin.rest(`/report-pdfs/${edition.id}`, { body: { latest: false }, method: 'PATCH' })).status).toBe(403)
    expect((await admin.rest(`/report-pdfs/${edition.id}`, { method: 'DELETE' })).status).toBe(403)
  })

  it('goes with its report when the report is deleted', async () => {
    const other = await newReport('published')
    const edition = await storeEdition(other.id, true)
    const file = path.join(process.env.REPORT_PDFS_DIR as string, String(edition.filename))
    expect(existsSync(file)).toBe(true)
    await ctx.payload.delete({ collection: 'reports', id: other.id })
    expect(await ctx.payload.count({ collection: 'report-pdfs', where: { id: { equals: edition.id } } })).toEqual({ totalDocs: 0 })
    expect(existsSync(file)).toBe(false)
  })
})
