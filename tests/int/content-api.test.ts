import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Chapter, DatasetRecord, Report } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { createLocalReq } from 'payload'

import { isPreviewablePath } from '../../src/config/frontend'
import { createDataset, paragraphWithFigures, recordFigure } from '../helpers/figures'
import { login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

const FRONT_END = 'https://front.example'

let ctx: TestContext
let server: TestServer
let editorToken: string
let report: Report
let draftReport: Report
let r: Record<string, DatasetRecord>
let chapter: Chapter
let draftChapter: Chapter

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}/api${path}`, { headers })

beforeAll(async () => {
  // The config reads its CORS origins when it is imported (by startPayload).
  process.env.CORS_ORIGINS = `${FRONT_END}, https://second.example/`
  ctx = await startPayload()
  server = await startHttpServer()
  await createUsers(ctx.payload, 'content')
  editorToken = (await login(server, 'content-editor@test.local', TEST_PASSWORD)).token as string
  report = await publishDocument<Report>(ctx.payload, 'reports', {
    data: { organisation: 'Socius', sections: [{ key: 'cijfers', title: '2024 in cijfers' }], slug: 'open-data-2024', title: 'Open data 2024', year: 2024 },
  })
  draftReport = (await ctx.payload.create({
    collection: 'reports',
    data: { organisation: 'Socius', sections: [{ key: 'cijfers', title: 'Cijfers' }], slug: 'nog-niet-uit', title: 'Nog niet uit', year: 2025 },
    draft: true,
  })) as Report
  ;({ records: r } = await createDataset(ctx.payload, {
    records: [
      { key: 'deelnemers', label: 'Deelnemers, "totaal"', unit: 'count', value: '1540' },
      { key: 'verschil', label: '=HYPERLINK("http://evil.example","klik")', unit: 'score', value: '-3' },
      { key: 'activiteiten', label: 'Activiteiten', unit: 'count', value: '86' },
    ],
    slug: 'open-data-cijfers',
    title: 'Open data cijfers',
  }))
  chapter = await publishDocument<Chapter>(ctx.payload, 'chapters', {
    data: {
      body: paragraphWithFigures(['We organiseerden ', { label: 'Activiteiten', operation: 'record', record: r.activiteiten.id, shown: '86', unit: 'count' }, ' activiteiten.']),
      keyFigures: [
        recordFigure('Deelnemers, "totaal"', '1.540', 'count', r.deelnemers),
        recordFigure('@SUM(1+1)', '-3', 'score', r.verschil),
        recordFigure('+ tegenover 2023\ttab', '-3', 'score', r.verschil),
      ],
      number: '1',
      report: report.id,
      section: 'cijfers',
      title: 'Gepubliceerd hoofdstuk',
    },
  })
  draftChapter = (await ctx.payload.create({
    collection: 'chapters',
    data: { keyFigures: [recordFigure('Geheim cijfer', '1.540', 'count', r.deelnemers)], number: '2', report: report.id, section: 'cijfers', title: 'Ontwerp hoofdstuk' },
    draft: true,
  })) as Chapter
})

afterAll(async () => {
  delete process.env.CORS_ORIGINS
  await server?.close()
  await ctx?.stop()
})

describe('HTTP caching of public reads', () => {
  it('gives an anonymous REST read an ETag and public Cache-Control, and answers a matching If-None-Match with 304', async () => {
    const first = await get(`/chapters/${chapter.id}`)
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag') as string
    expect(etag).toMatch(/^W\/".+"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(first.headers.get('vary')).toMatch(/Authorization/)
    expect((await first.json()).title).toBe('Gepubliceerd hoofdstuk')

    const again = await get(`/chapters/${chapter.id}`, { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(await again.text()).toBe('')

    const listed = await get(`/chapters/${chapter.id}`, { 'If-None-Match': `"other", ${etag.replace(/^W\//, '')}` })
    expect(listed.status).toBe(304)

    const head = await fetch(`${server.url}/api/chapters/${chapter.id}`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(etag)
    expect(await head.text()).toBe('')
  })

  it('changes the ETag when the document changes, so an old one gets the new body', async () => {
    const before = (await get(`/reports/${report.id}?depth=0`)).headers.get('etag') as string
    await publishDocument(ctx.payload, 'reports', { data: { policyPeriod: '2021-2025' }, id: report.id })
    const after = await get(`/reports/${report.id}?depth=0`, { 'If-None-Match': before })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(before)
    expect((await after.json()).policyPeriod).toBe('2021-2025')
  })

  it('makes reads with credentials private and never shared-cacheable, and never answers them 304', async () => {
    const anonymous = await get('/chapters?depth=0')
    const etag = anonymous.headers.get('etag') as string
    for (const headers of [{ Authorization: `JWT ${editorToken}` }, { Cookie: `payload-token=${editorToken}` }] as Record<string, string>[]) {
      const read = await get('/chapters?depth=0', { ...headers, 'If-None-Match': etag })
      expect(read.status).toBe(200)
      expect(read.headers.get('cache-control')).toBe('private, no-store')
      expect(read.headers.get('etag')).toBeNull()
    }
    // With drafts, the editor's answer holds one: exactly what a shared cache must not keep.
    const drafts = await get('/chapters?depth=0&draft=true', { Authorization: `JWT ${editorToken}` })
    expect(drafts.headers.get('cache-control')).toBe('private, no-store')
    expect((await drafts.json()).docs.map((doc: Chapter) => doc.title)).toContain('Ontwerp hoofdstuk')
    expect((await anonymous.json()).docs.map((doc: Chapter) => doc.title)).not.toContain('Ontwerp hoofdstuk')
  })

  it('makes draft reads private, also for anonymous readers (who get no drafts)', async () => {
    const read = await get(`/chapters?draft=true&depth=0`)
    expect(read.headers.get('cache-control')).toBe('private, no-store')
    expect((await read.json()).docs.map((doc: Chapter) => doc.title)).not.toContain('Ontwerp hoofdstuk')
    const byId = await get(`/chapters/${draftChapter.id}?draft=true`)
    expect(byId.status).toBe(404)
    expect(byId.headers.get('cache-control')).toBe('private, no-store')
  })

  it('does not cache errors', async () => {
    const missing = await get(`/chapters/${draftChapter.id}`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('no-store')
    expect(missing.headers.get('etag')).toBeNull()
  })

  it('serves GraphQL queries over GET with ETag and 304, and refuses mutations over GET', async () => {
    const query = encodeURIComponent(`{ Chapters(where: { report: { equals: ${JSON.stringify(report.id)} } }) { docs { title keyFigures { label shown resolved } } } }`)
    const first = await get(`/graphql?query=${query}`)
    expect(first.status).toBe(200)
    const body = await first.json()
    expect(body.data.Chapters.docs.map((doc: Chapter) => doc.title)).toEqual(['Gepubliceerd hoofdstuk'])
    expect(body.data.Chapters.docs[0].keyFigures[0].resolved).toMatchObject({ formatted: '1.540', label: 'Deelnemers, "totaal"', shown: '1.540', value: '1540' })
    const etag = first.headers.get('etag') as string
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect((await get(`/graphql?query=${query}`, { 'If-None-Match': etag })).status).toBe(304)

    const withToken = await get(`/graphql?query=${query}`, { Authorization: `JWT ${editorToken}` })
    expect(withToken.headers.get('cache-control')).toBe('private, no-store')

    const mutation = await get(`/graphql?query=${encodeURIComponent(`mutation { deleteChapter(id: ${JSON.stringify(chapter.id)}) { id } }`)}`, { Authorization: `JWT ${editorToken}` })
    expect(mutation.status).toBe(405)
    expect(mutation.headers.get('allow')).toBe('POST')
    expect((await get(`/chapters/${chapter.id}`)).status).toBe(200)

    expect((await get('/graphql')).status).toBe(400)
    expect((await get(`/graphql?query=${encodeURIComponent('{ nope')}`)).status).toBe(400)
  })
})

describe('CORS', () => {
  it('allows the origins from CORS_ORIGINS and NEXT_PUBLIC_SERVER_URL, and no others', async () => {
    for (const origin of [FRONT_END, 'https://second.example', 'http://localhost:3000']) {
      const read = await get('/reports?depth=0', { Origin: origin })
      expect(read.status).toBe(200)
      expect(read.headers.get('access-control-allow-origin')).toBe(origin)
    }
    const foreign = await get('/reports?depth=0', { Origin: 'https://evil.example' })
    expect(foreign.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
    const preflight = await fetch(`${server.url}/api/chapters`, {
      headers: { 'Access-Control-Request-Method': 'GET', Origin: FRONT_END },
      method: 'OPTIONS',
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBe(FRONT_END)
  })
})

type Exported = { figures: { document: string; field: string; label: string; shown: string; value: string; records: { key: string }[]; datasets: { slug: string }[] }[]; report: { slug: string } }

describe('GET /api/key-figures/export', () => {
  it('lists every published figure with its source as JSON, for anonymous readers, drafts left out', async () => {
    const read = await get('/key-figures/export?report=open-data-2024&format=json')
    expect(read.status).toBe(200)
    expect(read.headers.get('content-disposition')).toBe('attachment; filename="kerncijfers-open-data-2024.json"')
    const body = (await read.json()) as Exported
    expect(body.report.slug).toBe('open-data-2024')
    expect(body.figures.map((figure) => [figure.document, figure.field, figure.label, figure.shown])).toEqual([
      ['Gepubliceerd hoofdstuk', 'keyFigures', 'Deelnemers, "totaal"', '1.540'],
      ['Gepubliceerd hoofdstuk', 'keyFigures', '@SUM(1+1)', '-3'],
      ['Gepubliceerd hoofdstuk', 'keyFigures', '+ tegenover 2023\ttab', '-3'],
      ['Gepubliceerd hoofdstuk', 'body', 'Activiteiten', '86'],
    ])
    expect(body.figures[0]).toMatchObject({
      datasets: [{ period: '2024', slug: 'open-data-cijfers', title: 'Open data cijfers' }],
      formatted: '1.540',
      matches: true,
      operation: 'record',
      records: [{ key: 'deelnemers', label: 'Deelnemers, "totaal"', value: '1540' }],
      unit: 'count',
      value: '1540',
      verifiedAt: expect.any(String),
    })
    expect(JSON.stringify(body)).not.toContain('Geheim cijfer')
    // The same for an editor: the export is the public view.
    const asEditor = (await (await get('/key-figures/export?report=open-data-2024&format=json', { Authorization: `JWT ${editorToken}` })).json()) as Exported
    expect(asEditor.figures).toHaveLength(4)
  })

  it('writes CSV that a spreadsheet cannot run: formulas neutralised, plain numbers kept, quoting per RFC 4180', async () => {
    const read = await get('/key-figures/export?report=open-data-2024&format=csv')
    expect(read.status).toBe(200)
    expect(read.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(read.headers.get('content-disposition')).toBe('attachment; filename="kerncijfers-open-data-2024.csv"')
    const bytes = Buffer.from(await read.arrayBuffer())
    // A byte-order mark, so spreadsheets read the file as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    expect(text.startsWith('report,collection,document_id,document,document_slug,field,label,shown,unit,value,')).toBe(true)
    const lines = text.split('\r\n')
    expect(lines).toHaveLength(6) // header, 4 figures, the final line end
    expect(lines[5]).toBe('')
    expect(lines[1]).toContain(',"Deelnemers, ""totaal""",1.540,count,1540,1.540,true,record,Open data cijfers,open-data-cijfers,2024,deelnemers,"Deelnemers, ""totaal""",1540,')
    // A label that starts like a formula gets an apostrophe; "-3" is a plain number and stays one.
    expect(lines[2]).toContain(",'@SUM(1+1),-3,score,-3,-3,true,record,")
    expect(lines[2]).toContain(`,"'=HYPERLINK(""http://evil.example"",""klik"")",-3,`)
    expect(lines[3]).toContain(",'+ tegenover 2023\ttab,-3,")
    expect(lines[4]).toContain(',body,Activiteiten,86,count,86,86,true,record,')
    for (const line of lines.slice(1, 5)) {
      for (const cell of line.match(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g) ?? []) {
        const value = cell.replace(/^,/, '').replace(/^"|"$/g, '')
        if (/^[=+\-@\t\r]/.test(value)) expect(value).toMatch(/^[+-]?\d+(?:[.,]\d+)?$/)
      }
    }
  })

  it('answers 404 for an unknown or unpublished report, 400 for a bad format or no report', async () => {
    expect((await get('/key-figures/export?report=bestaat-niet&format=csv')).status).toBe(404)
    const unpublished = await get(`/key-figures/export?report=${draftReport.slug}&format=json`, { Authorization: `JWT ${editorToken}` })
    expect(unpublished.status).toBe(404)
    const bad = await get('/key-figures/export?report=open-data-2024&format=xlsx')
    expect(bad.status).toBe(400)
    expect((await bad.json()).errors[0].message).toContain('xlsx')
    expect((await get('/key-figures/export?format=csv')).status).toBe(400)
  })

  it('leaves out a published chapter that went back to draft', async () => {
    const extra = await publishDocument<Chapter>(ctx.payload, 'chapters', {
      data: { keyFigures: [recordFigure('Tijdelijk', '86', 'count', r.activiteiten)], number: '3', report: report.id, section: 'cijfers', title: 'Even gepubliceerd' },
    })
    const labels = async () => ((await (await get('/key-figures/export?report=open-data-2024&format=json')).json()) as Exported).figures.map((figure) => figure.label)
    expect(await labels()).toContain('Tijdelijk')
    await ctx.payload.update({ collection: 'chapters', data: { _status: 'draft' }, id: extra.id })
    expect(await labels()).not.toContain('Tijdelijk')
  })
})

describe('draft preview', () => {
  it('points the live preview of a chapter and an Uitgelicht article at /preview with the page path', async () => {
    const req = await createLocalReq({}, ctx.payload)
    req.headers = new Headers({ host: 'cms.example:3106' })
    const chapterUrl = ctx.payload.collections.chapters.config.admin.livePreview?.url as (args: unknown) => Promise<string>
    expect(await chapterUrl({ data: { report: report.id, slug: 'gepubliceerd-hoofdstuk' }, req })).toBe(
      `http://cms.example:3106/preview?path=${encodeURIComponent('/jaarverslagen/open-data-2024/gepubliceerd-hoofdstuk')}`,
    )
    const articleUrl = ctx.payload.collections['featured-articles'].config.admin.livePreview?.url as (args: unknown) => Promise<string>
    expect(await articleUrl({ data: { report: { id: report.id }, slug: 'een-artikel' }, req })).toBe(
      `http://cms.example:3106/preview?path=${encodeURIComponent('/jaarverslagen/open-data-2024/uitgelicht/een-artikel')}`,
    )
    // No slug or report yet (a new document): no preview rather than a broken address.
    expect(await chapterUrl({ data: { report: report.id }, req })).toBeNull()
    expect(await chapterUrl({ data: { slug: 'x' }, req })).toBeNull()
  })

  it('only sends the preview to pages of the site, never elsewhere', () => {
    expect(isPreviewablePath('/jaarverslagen/a/b')).toBe(true)
    for (const path of ['https://evil.example/', '//evil.example/x', '/\\evil.example', '/admin', '/admin/collections/users', '/api/users', 'jaarverslagen/a']) {
      expect({ path, ok: isPreviewablePath(path) }).toEqual({ path, ok: false })
    }
  })
})
