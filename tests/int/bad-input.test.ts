import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Chapter, Report } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { allowedOrigins } from '../../src/config/origins'
import { deeplyNestedChapter, megabyteTitleChapter } from '../fixtures/bad-input/generate'
import { createDataset, createReport, recordFigure } from '../helpers/figures'
import { type Client, client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

const corpus = path.join(process.cwd(), 'tests/fixtures/bad-input')

let ctx: TestContext
let server: TestServer
let editor: Client
let report: Report

/** A corpus body with `"$report"` replaced by the test report's id (a number on SQL, text on MongoDB). */
const body = (text: string) => text.replaceAll('"$report"', JSON.stringify(report.id))
const fromCorpus = (file: string) => () => body(readFileSync(path.join(corpus, file), 'utf8'))

/** Sends a raw body (none when undefined) as the editor, or anonymously with `token: null`; returns status and parsed JSON (or text). */
const send = async (method: string, url: string, text: string | undefined, contentType = 'application/json', token: string | null = editor.token ?? null) => {
  const response = await fetch(`${server.url}${url}`, {
    body: text,
    headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), ...(text === undefined ? {} : { 'Content-Type': contentType }) },
    method,
  })
  const raw = await response.text()
  let parsed: any = raw
  try {
    parsed = JSON.parse(raw)
  } catch {
    // not JSON
  }
  return { body: parsed, status: response.status }
}

/** The fields an error names: REST `errors[].data.errors[].path`, GraphQL `errors[].extensions.data.errors[].path`. */
const fieldsNamed = (response: any): string[] =>
  (response?.errors ?? []).flatMap((error: any) => (error?.data?.errors ?? error?.extensions?.data?.errors ?? []).map((item: { path: string }) => item.path))

/** Everything a refused save could have touched, as stored: compared as text before and after. */
const dump = async () => {
  const { payload } = ctx
  const all = { depth: 0, limit: 0, overrideAccess: true, pagination: false, sort: 'id' } as const
  const rows = async (collection: 'chapters' | 'practices' | 'reports') =>
    (await payload.find({ collection, ...all, draft: true })).docs.map((doc) => ({ id: doc.id, updatedAt: doc.updatedAt }))
  return JSON.stringify({
    chapterVersions: (await payload.countVersions({ collection: 'chapters' })).totalDocs,
    chapters: await rows('chapters'),
    practiceVersions: (await payload.countVersions({ collection: 'practices' })).totalDocs,
    practices: await rows('practices'),
    reports: await rows('reports'),
  })
}

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  await createUsers(ctx.payload, 'bad')
  editor = await login(server, 'bad-editor@test.local', TEST_PASSWORD)
  report = await createReport(ctx.payload)
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe('bad input to the API: a 4xx naming the field, and nothing written', () => {
  type Case = [name: string, method: string, url: string, request: () => string, status: number, field: string, contentType?: string]
  const cases: Case[] = [
    // Issue 14, item 9
    ['a chapter number that is an object', 'POST', '/api/chapters', fromCorpus('chapter-number-object.json'), 400, 'number'],
    ['a chapter number that is an object, as a draft', 'POST', '/api/chapters?draft=true', fromCorpus('chapter-number-object.json'), 400, 'number'],
    ['practices given as text, not ids (draft)', 'POST', '/api/chapters?draft=true', fromCorpus('chapter-practices-not-an-id.json'), 400, 'practices'],
    ['practices that do not exist', 'POST', '/api/chapters', fromCorpus('chapter-practices-missing.json'), 400, 'practices'],
    ['practices that do not exist, as a draft', 'POST', '/api/chapters?draft=true', fromCorpus('chapter-practices-missing.json'), 400, 'practices'],
    ['a text/plain body', 'POST', '/api/chapters', fromCorpus('chapter-number-object.json'), 415, 'Content-Type', 'text/plain'],
    ['a form-urlencoded body', 'POST', '/api/chapters', () => 'title=Formulier&section=cijfers', 415, 'Content-Type', 'application/x-www-form-urlencoded'],
    ['JSON that breaks off', 'POST', '/api/chapters', fromCorpus('malformed.json'), 400, 'body'],
    ['JSON that is a list, not an object', 'POST', '/api/chapters', fromCorpus('json-array.json'), 400, 'body'],
    ['a PATCH with JSON that breaks off', 'PATCH', '/api/chapters?where[id][exists]=true', fromCorpus('malformed.json'), 400, 'body'],
    ['malformed JSON to GraphQL', 'POST', '/api/graphql', fromCorpus('graphql-malformed.json'), 400, 'body'],
    ['a body nested 10,000 deep (draft)', 'POST', '/api/chapters?draft=true', () => body(deeplyNestedChapter(10_000)), 400, 'body'],
    ['a body nested 100,000 deep', 'POST', '/api/chapters', () => body(deeplyNestedChapter(100_000)), 400, 'body'],
    // Issue 14, item 10
    ['a title of one million characters (draft)', 'POST', '/api/chapters?draft=true', () => body(megabyteTitleChapter()), 400, 'title'],
    ['a body that is a plain string (draft)', 'POST', '/api/chapters?draft=true', fromCorpus('chapter-body-plain-string.json'), 400, 'body'],
    ['a body that is a plain string (publish)', 'POST', '/api/chapters', fromCorpus('chapter-body-plain-string.json'), 400, 'body'],
    ['a body whose children are not a list (draft)', 'POST', '/api/chapters?draft=true', fromCorpus('chapter-body-children-not-a-list.json'), 400, 'body'],
    ['a body with a node type the editor does not know (draft)', 'POST', '/api/chapters?draft=true', fromCorpus('chapter-body-unknown-node.json'), 400, 'body'],
    ['a javascript: link in the body (draft)', 'POST', '/api/chapters?draft=true', fromCorpus('chapter-link-javascript.json'), 400, 'body'],
    ['a data: link in the body (draft)', 'POST', '/api/chapters?draft=true', fromCorpus('chapter-link-data.json'), 400, 'body'],
    ['an autolink to " JaVa<tab>ScRiPt:" in the body (draft)', 'POST', '/api/chapters?draft=true', fromCorpus('chapter-autolink-hidden-javascript.json'), 400, 'body'],
    ['a javascript: practice url (draft)', 'POST', '/api/practices?draft=true', fromCorpus('practice-url-javascript.json'), 400, 'url'],
    ['a data: practice url (draft)', 'POST', '/api/practices?draft=true', fromCorpus('practice-url-data.json'), 400, 'url'],
    // Values the database would refuse with a 500 (PostgreSQL enums and numbers) or store as junk (SQLite)
    ['a recognition that is not an option (draft)', 'POST', '/api/practices?draft=true', fromCorpus('practice-recognition-unknown.json'), 400, 'recognition'],
    ['a year that is text (draft)', 'POST', '/api/reports?draft=true', fromCorpus('report-year-as-text.json'), 400, 'year'],
  ]

  // One object per case: with the fields as separate arguments Jest would take the optional last one for `done`.
  const rows = cases.map(([name, method, url, request, status, field, contentType]) => ({ contentType, field, method, name, request, status, url }))

  it.each(rows)('$name: $method $url -> $status naming $field', async ({ contentType, field, method, request, status, url }) => {
    const before = await dump()
    const response = await send(method, url, request(), contentType)
    expect(response.status).toBe(status)
    expect(fieldsNamed(response.body)).toContain(field)
    expect(await dump()).toBe(before)
  })

  it("a figure's hidden awaitingData is still validated when it holds something: text that is not JSON is refused on publish", async () => {
    // fields/validateWhenSet.ts skips the validation of empty hidden fields only.
    const { records } = await createDataset(ctx.payload, { records: [{ key: 'deelnemers', label: 'Deelnemers', unit: 'count', value: '86' }], slug: 'bad-awaiting' })
    const figure = { ...recordFigure('Deelnemers', '86', 'count', records.deelnemers), awaitingData: '{niet json' }
    const before = await dump()
    const response = await send('POST', '/api/chapters', JSON.stringify({ keyFigures: [figure], report: report.id, section: 'cijfers', title: 'Wacht op data' }))
    expect(response.status).toBe(400)
    expect(fieldsNamed(response.body)).toContain('keyFigures.0.awaitingData')
    expect(await dump()).toBe(before)
    // The same figure without it publishes: the refusal was about awaitingData alone.
    const { awaitingData: _dropped, ...bound } = figure
    expect((await send('POST', '/api/chapters', JSON.stringify({ keyFigures: [bound], report: report.id, section: 'cijfers', title: 'Zonder wachten' }))).status).toBe(201)
  })

  it('a figure row without its label: the publish is refused naming keyFigures.0.label in Dutch, nothing written; as a draft it is kept', async () => {
    // The rows' fields are checked in one pass by the plugin (fields/validateFigureRows.ts), with Payload's messages.
    const { records } = await createDataset(ctx.payload, { records: [{ key: 'leerlingen', label: 'Leerlingen', unit: 'count', value: '40' }], slug: 'row-label' })
    const figure = { ...recordFigure('Leerlingen', '40', 'count', records.leerlingen), label: '' }
    const data = { keyFigures: [figure], report: report.id, section: 'cijfers', title: 'Zonder label' }
    const before = await dump()
    const refused = await send('POST', '/api/chapters', JSON.stringify(data))
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors).toEqual([expect.objectContaining({ message: 'Dit veld is verplicht.', path: 'keyFigures.0.label' })])
    expect(await dump()).toBe(before)
    expect((await send('POST', '/api/chapters?draft=true', JSON.stringify(data))).status).toBe(201)
  })

  it('names the limit: a 301-character title is refused with "hoogstens 300 tekens", 300 characters are fine', async () => {
    const refused = await editor.rest('/chapters?draft=true', { body: { report: report.id, section: 'cijfers', title: 'x'.repeat(301) }, method: 'POST' })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors).toEqual([expect.objectContaining({ message: 'hoogstens 300 tekens (dit zijn er 301)', path: 'title' })])
    const accepted = await editor.rest('/chapters?draft=true&depth=0', { body: { report: report.id, section: 'cijfers', title: 'x'.repeat(300) }, method: 'POST' })
    expect(accepted.status).toBe(201)
    await ctx.payload.delete({ collection: 'chapters', id: accepted.body.doc.id })
  })

  it('the same refusals hold through GraphQL: a plain-string body names the field', async () => {
    const before = await dump()
    const response = await editor.graphql('mutation ($body: JSON) { createChapter(data: { title: "Via GraphQL", report: ' + JSON.stringify(report.id) + ', section: "cijfers", body: $body }, draft: true) { id } }', {
      body: 'geen Lexical',
    })
    expect(response.body.errors?.[0]?.extensions?.statusCode).toBe(400)
    expect(fieldsNamed(response.body)).toContain('body')
    expect(await dump()).toBe(before)
  })

  it('rich text with http(s), mailto, tel and site links, and a valid practice url, are accepted', async () => {
    const link = (url: string) => ({ children: [{ text: url, type: 'text', version: 1 }], fields: { linkType: 'custom', newTab: false, url }, type: 'link', version: 3 })
    const paragraph = { children: ['https://socius.be', 'mailto:info@socius.be', 'tel:+3221234567', '/jaarverslagen/jaarverslag-2024', '#voetnoot-1'].map(link), type: 'paragraph', version: 1 }
    const chapter = await editor.rest('/chapters?draft=true&depth=0', {
      body: { body: { root: { children: [paragraph], type: 'root', version: 1 } }, report: report.id, section: 'cijfers', title: 'Goede links' },
      method: 'POST',
    })
    expect(chapter.status).toBe(201)
    const practice = await editor.rest('/practices?draft=true&depth=0', { body: { name: 'Goede praktijk', url: 'https://socius.be/praktijk' }, method: 'POST' })
    expect(practice.status).toBe(201)
    await ctx.payload.delete({ collection: 'chapters', id: chapter.body.doc.id })
    await ctx.payload.delete({ collection: 'practices', id: practice.body.doc.id })
  })
})

describe("refusals a browser on an allowed origin can read: Payload's CORS headers", () => {
  const corsOf = (response: Response) => Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')))
  const post = (url: string, contentType: string, body: string, origin: string) =>
    fetch(`${server.url}${url}`, { body, headers: { Authorization: `JWT ${editor.token}`, 'Content-Type': contentType, Origin: origin }, method: 'POST' })

  it("the request guard's 415 and 400 carry the same CORS headers as Payload's own 400, for an allowed origin only", async () => {
    const origin = allowedOrigins()[0]
    const own = await post('/api/chapters?draft=true', 'application/json', fromCorpus('chapter-number-object.json')(), origin)
    expect(own.status).toBe(400)
    const expected = corsOf(own)
    expect(expected['access-control-allow-origin']).toBe(origin)
    const refusals: [string, string, string, number][] = [
      ['/api/chapters', 'text/plain', fromCorpus('chapter-number-object.json')(), 415],
      ['/api/chapters', 'application/json', fromCorpus('malformed.json')(), 400],
      ['/api/graphql', 'application/json', fromCorpus('graphql-malformed.json')(), 400],
    ]
    for (const [url, contentType, body, status] of refusals) {
      const response = await post(url, contentType, body, origin)
      expect([url, contentType, response.status, corsOf(response)]).toEqual([url, contentType, status, expected])
    }
    const elsewhere = await post('/api/chapters', 'text/plain', fromCorpus('chapter-number-object.json')(), 'https://elders.example')
    expect(elsewhere.status).toBe(415)
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('bad queries (where, a join\'s where, an id in the path): a 400 naming the path, for anonymous and logged-in readers, and nothing written', () => {
  type WhereCase = { name: string; method: string; url: string; path: string; body?: string; editor?: boolean }
  const whereCases = JSON.parse(readFileSync(path.join(corpus, 'queries.json'), 'utf8')) as WhereCase[]
  const rows = whereCases.flatMap((item) => (item.editor ? ['editor'] : ['anonymous', 'editor']).map((who) => ({ ...item, who })))

  it.each(rows)('$name ($who): $method $url -> 400 naming $path', async ({ body, method, path: at, url, who }) => {
    const before = await dump()
    const response = await send(method, url, body, 'application/json', who === 'editor' ? (editor.token ?? null) : null)
    expect(response.status).toBe(400)
    expect(fieldsNamed(response.body)).toContain(at)
    expect(await dump()).toBe(before)
  })

  it('the message says what is wrong, in the reader\'s language', async () => {
    const dutch = await send('GET', '/api/chapters?where[report][equals]=abc', undefined, undefined, null)
    expect(dutch.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ message: '"abc" is geen id van een document in reports (verwacht een geheel getal)', path: 'where.report.equals' }),
    ])
    const response = await fetch(`${server.url}/api/reports?where[year][in]=2024,vorig`, { headers: { 'Accept-Language': 'en' } })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].data.errors).toEqual([expect.objectContaining({ message: 'expected a number, got text', path: 'where.year.in' })])
  })

  it('queries that fit their fields still answer 200, anonymous and logged in', async () => {
    const chapter = await editor.rest('/chapters?depth=0', { body: { report: report.id, section: 'cijfers', title: 'Gefilterd' }, method: 'POST' })
    expect(chapter.status).toBe(201)
    const id = JSON.stringify(chapter.body.doc.id).replaceAll('"', '')
    const reportId = JSON.stringify(report.id).replaceAll('"', '')
    const good = [
      `/chapters?where[report][equals]=${reportId}`,
      `/chapters?where[id][in]=${id},${reportId}`,
      '/chapters?where[report][equals]=null',
      `/reports?where[year][equals]=${report.year}`,
      '/chapters?where[createdAt][greater_than]=2020-01-01T00:00:00.000Z',
      '/chapters?where[_status][equals]=published',
      `/chapters?where[or][0][title][like]=Gefilterd&where[or][1][report][equals]=${reportId}`,
      `/chapters?where[report.year][equals]=${report.year}`,
      '/chapters?where[practices][contains][name][like]=buurt',
      '/chapters/count?where[report][exists]=true',
      '/chapters?where[id][like]=Gefilterd',
      '/dataset-records?where[dataset.slug][equals]=geen-dataset',
    ]
    for (const who of [null, editor.token ?? null]) {
      for (const url of good) expect([url, (await send('GET', `/api/${url.slice(1)}`, undefined, undefined, who)).status]).toEqual([url, 200])
    }
    expect((await editor.rest(`/chapters/versions?where[parent][equals]=${id}`)).status).toBe(200)
    await ctx.payload.delete({ collection: 'chapters', id: chapter.body.doc.id })
  })

  it('a bad where on a collection the reader may not read answers 403, as a good one does: nothing about its fields is told', async () => {
    for (const url of ['/api/users?where[roles][equals]=zzz', '/api/users?where[nope][equals]=1', '/api/dataset-imports?where[dataset][equals]=abc']) {
      expect([url, (await send('GET', url, undefined, undefined, null)).status]).toEqual([url, 403])
    }
  })

  it('GraphQL where arguments: a wrong id is refused with statusCode 400 naming where.report.equals; ids and dates GraphQL types itself', async () => {
    for (const who of [client(server), editor]) {
      const list = await who.graphql('{ Chapters(where: { report: { equals: "abc" } }) { totalDocs } }')
      expect(list.body.errors?.[0]?.extensions?.statusCode).toBe(400)
      expect(fieldsNamed(list.body)).toContain('where.report.equals')
      const count = await who.graphql('{ countChapters(where: { OR: [{ report: { in: ["1", "abc"] } }] }) { totalDocs } }')
      expect(count.body.errors?.[0]?.extensions?.statusCode).toBe(400)
      expect(fieldsNamed(count.body)).toContain('where.OR.0.report.in')
    }
    // The schema types a chapter's id as Int and createdAt as DateTime: GraphQL refuses those before Payload runs.
    const typed = await editor.graphql('{ Chapters(where: { id: { equals: "abc" }, createdAt: { greater_than: "gisteren" } }) { totalDocs } }')
    expect(typed.body.data).toBeUndefined()
    expect(typed.body.errors.map((error: { message: string }) => error.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('Int cannot represent non-integer value: "abc"'), expect.stringContaining('DateTime cannot represent an invalid date-time-string gisteren')]),
    )
  })
})

describe('array rows of another document', () => {
  const figureChapter = async (title: string) => {
    const { records } = await createDataset(ctx.payload, {
      records: [{ key: `${title}.a`, label: 'A', unit: 'count', value: '40' }],
      slug: `rows-${title}`,
    })
    const created = await editor.rest('/chapters?depth=0', {
      body: { keyFigures: [recordFigure('A', '40', 'count', records[`${title}.a`])], report: report.id, section: 'cijfers', title },
      method: 'POST',
    })
    expect(created.status).toBe(201)
    return created.body.doc as Chapter
  }
  const rowsOf = async (id: number | string) =>
    ((await ctx.payload.findByID({ collection: 'chapters', depth: 0, draft: true, id })).keyFigures ?? []).map((row) => ({ id: row.id, label: row.label }))

  it('a create carrying another chapter keyFigures with their ids works, with new row ids, and leaves the other chapter alone', async () => {
    const original = await figureChapter('rijen-a')
    const before = await rowsOf(original.id)
    const copy = await editor.rest('/chapters?depth=0', { body: { keyFigures: original.keyFigures, report: report.id, section: 'cijfers', title: 'Kopie met rijen' }, method: 'POST' })
    expect(copy.status).toBe(201)
    const copyRows = await rowsOf(copy.body.doc.id)
    expect(copyRows.map((row) => row.label)).toEqual(['A'])
    expect(copyRows[0].id).not.toBe(before[0].id)
    expect(await rowsOf(original.id)).toEqual(before)
  })

  it('a duplicate whose body carries the rows with their ids works too', async () => {
    const original = await figureChapter('rijen-b')
    const before = await rowsOf(original.id)
    const duplicate = await editor.rest(`/chapters/${original.id}/duplicate?depth=0`, { body: { keyFigures: original.keyFigures }, method: 'POST' })
    expect(duplicate.status).toBe(200)
    expect((await rowsOf(duplicate.body.doc.id))[0].id).not.toBe(before[0].id)
    expect(await rowsOf(original.id)).toEqual(before)
  })

  it('an update that sends rows of another chapter gives them new ids and keeps its own', async () => {
    const first = await figureChapter('rijen-c')
    const second = await figureChapter('rijen-d')
    const firstBefore = await rowsOf(first.id)
    const own = (await rowsOf(second.id))[0]
    const updated = await editor.rest(`/chapters/${second.id}?depth=0`, {
      body: { keyFigures: [...(second.keyFigures ?? []), ...(first.keyFigures ?? [])] },
      method: 'PATCH',
    })
    expect(updated.status).toBe(200)
    const rows = await rowsOf(second.id)
    expect(rows[0]).toEqual(own)
    expect(rows[1].id).not.toBe(firstBefore[0].id)
    expect(await rowsOf(first.id)).toEqual(firstBefore)
  })
})

describe('duplicates and server fields', () => {
  it('a duplicated chapter gets the first free slug in its report: x-2, then x-3', async () => {
    const original = await editor.rest('/chapters?depth=0', { body: { report: report.id, section: 'cijfers', slug: 'dubbel', title: 'Dubbel' }, method: 'POST' })
    expect(original.status).toBe(201)
    const first = await editor.rest(`/chapters/${original.body.doc.id}/duplicate?depth=0`, { body: {}, method: 'POST' })
    const second = await editor.rest(`/chapters/${original.body.doc.id}/duplicate?depth=0`, { body: {}, method: 'POST' })
    expect([first.status, second.status]).toEqual([200, 200])
    expect([original.body.doc.slug, first.body.doc.slug, second.body.doc.slug]).toEqual(['dubbel', 'dubbel-2', 'dubbel-3'])
  })

  it('createdAt and updatedAt sent by a client are not stored (REST create and update, GraphQL create)', async () => {
    const past = '2000-01-01T00:00:00.000Z'
    const created = await editor.rest('/chapters?draft=true&depth=0', {
      body: { createdAt: past, report: report.id, section: 'cijfers', title: 'Oude datum', updatedAt: past },
      method: 'POST',
    })
    expect(created.status).toBe(201)
    expect([created.body.doc.createdAt, created.body.doc.updatedAt]).not.toContain(past)
    const patched = await editor.rest(`/chapters/${created.body.doc.id}?draft=true&depth=0`, { body: { createdAt: past, summary: 'x' }, method: 'PATCH' })
    expect(patched.status).toBe(200)
    expect(patched.body.doc.createdAt).toBe(created.body.doc.createdAt)
    const viaGraphql = await editor.graphql(
      `mutation { createChapter(data: { title: "Oude datum via GraphQL", report: ${JSON.stringify(report.id)}, section: "cijfers", createdAt: "${past}" }, draft: true) { id createdAt } }`,
    )
    expect(viaGraphql.body.errors).toBeUndefined()
    expect(viaGraphql.body.data.createChapter.createdAt).not.toBe(past)
  })
})

describe('password reset', () => {
  it('forgot-password issues a token, and reset-password with it sets the new password (REST, SQLite and PostgreSQL)', async () => {
    const anonymous = client(server)
    const asked = await anonymous.rest('/users/forgot-password', { body: { email: 'bad-author@test.local' }, method: 'POST' })
    expect(asked.status).toBe(200)
    const unknown = await anonymous.rest('/users/forgot-password', { body: { email: 'niemand@test.local' }, method: 'POST' })
    expect(unknown.status).toBe(200)

    const { docs } = await ctx.payload.find({ collection: 'users', showHiddenFields: true, where: { email: { equals: 'bad-author@test.local' } } })
    const token = (docs[0] as { resetPasswordToken?: string }).resetPasswordToken
    expect(typeof token).toBe('string')

    const password = 'Een-nieuw-lang-wachtwoord-2024'
    const reset = await anonymous.rest('/users/reset-password', { body: { password, token }, method: 'POST' })
    expect(reset.status).toBe(200)
    await expect(login(server, 'bad-author@test.local', password)).resolves.toMatchObject({ token: expect.any(String) })
    await expect(login(server, 'bad-author@test.local', TEST_PASSWORD)).rejects.toThrow(/login bad-author@test.local failed: 401/)
  })
})

describe('what the admin form sends', () => {
  it('an array field without rows comes as its row count, 0: the save is accepted and keeps no rows', async () => {
    const created = await editor.rest('/chapters?draft=true&depth=0', { body: { report: report.id, section: 'cijfers', title: 'Zonder activiteiten' }, method: 'POST' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    // The admin's form state holds an array's row count as its value; an empty array goes out as 0 (text in form data).
    const saved = await editor.rest(`/chapters/${id}?draft=true&depth=0`, { body: { activities: 0, reviewNotes: '0', title: 'Zonder activiteiten' }, method: 'PATCH' })
    expect(saved.status).toBe(200)
    expect(saved.body.doc.activities).toEqual([])
    expect(saved.body.doc.reviewNotes).toEqual([])
    await ctx.payload.delete({ collection: 'chapters', id })
  })
})
