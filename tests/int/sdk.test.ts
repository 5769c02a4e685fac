import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
// `payloadcms-sdk` is @payloadcms/sdk installed under an alias (see the README's API section).
import { PayloadSDK, PayloadSDKError } from 'payloadcms-sdk'

import type { Chapter, Config, DatasetRecord, Practice, Report } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { createDataset, recordFigure } from '../helpers/figures'
import { startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

/**
 * Payload's own client (`@payloadcms/sdk`, typed with our generated `Config`) against the real
 * HTTP server: what a front-end team would write.
 */
let ctx: TestContext
let server: TestServer
let sdk: PayloadSDK<Config>
let report: Report
let practice: Practice
let first: Chapter
let second: Chapter
let draft: Chapter
let record: DatasetRecord

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  sdk = new PayloadSDK<Config>({ baseURL: `${server.url}/api` })
  await createUsers(ctx.payload, 'sdk')
  report = await publishDocument<Report>(ctx.payload, 'reports', {
    data: { organisation: 'Socius', sections: [{ key: 'onze-werking', title: 'Onze werking' }], slug: 'sdk-2024', title: 'SDK 2024', year: 2024 },
  })
  ;({ records: { totaal: record } } = await createDataset(ctx.payload, {
    records: [{ key: 'totaal', label: 'Totaal deelnemers', unit: 'count', value: '1540' }],
    slug: 'sdk-deelnemers',
    title: 'SDK deelnemers',
  }))
  practice = (await ctx.payload.create({ collection: 'practices', data: { _status: 'published', name: 'Babbelonië', recognition: 'erkend' } })) as Practice
  // Created out of order: the API sorts chapters by their number.
  second = await publishDocument<Chapter>(ctx.payload, 'chapters', {
    data: { number: '10', report: report.id, section: 'onze-werking', title: 'Tiende hoofdstuk' },
  })
  first = await publishDocument<Chapter>(ctx.payload, 'chapters', {
    data: {
      keyFigures: [recordFigure('Totaal deelnemers', '1.540', 'count', record)],
      number: '2',
      practices: [practice.id],
      report: report.id,
      section: 'onze-werking',
      title: 'Tweede hoofdstuk',
    },
  })
  draft = (await ctx.payload.create({
    collection: 'chapters',
    data: { number: '3', report: report.id, section: 'onze-werking', title: 'Nog een ontwerp' },
    draft: true,
  })) as Chapter
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe('@payloadcms/sdk against the running API', () => {
  it('lists a report’s chapters in reading order, published only', async () => {
    const { docs } = await sdk.find({
      collection: 'chapters',
      depth: 0,
      select: { number: true, slug: true, title: true },
      sort: 'sortKey',
      where: { report: { equals: report.id } },
    })
    expect(docs.map((chapter) => chapter.number)).toEqual(['2', '10'])
    expect(docs.map((chapter) => chapter.id)).toEqual([first.id, second.id])
  })

  it('fetches a chapter with depth: practices populated, figures resolved', async () => {
    const chapter = await sdk.findByID({ collection: 'chapters', depth: 1, id: first.id })
    const practices = chapter.practices as Practice[]
    expect(practices.map((item) => item.name)).toEqual(['Babbelonië'])
    expect(chapter.keyFigures?.[0].resolved).toMatchObject({
      formatted: '1.540',
      label: 'Totaal deelnemers',
      matches: true,
      shown: '1.540',
      source: { dataset: { slug: 'sdk-deelnemers', title: 'SDK deelnemers' }, operation: 'record', records: [{ key: 'totaal', label: 'Totaal deelnemers' }] },
      value: '1540',
    })
    const shallow = await sdk.findByID({ collection: 'chapters', depth: 0, id: first.id })
    expect(shallow.practices).toEqual([practice.id])
  })

  it('runs a GraphQL query through the client', async () => {
    const response = await sdk.request({
      json: {
        query: `query ($report: JSON) { Chapters(where: { report: { equals: $report } }, sort: "sortKey") { docs { number title keyFigures { shown resolved } } } }`,
        variables: { report: report.id },
      },
      method: 'POST',
      path: '/graphql',
    })
    const body = await response.json()
    expect(body.errors).toBeUndefined()
    expect(body.data.Chapters.docs.map((doc: Chapter) => doc.title)).toEqual(['Tweede hoofdstuk', 'Tiende hoofdstuk'])
    expect(body.data.Chapters.docs[0].keyFigures[0].resolved.formatted).toBe('1.540')
  })

  it('denies drafts to an anonymous client, and gives them to a logged-in editor', async () => {
    await expect(sdk.findByID({ collection: 'chapters', draft: true, id: draft.id })).rejects.toMatchObject({ status: 404 })
    await expect(sdk.findByID({ collection: 'chapters', draft: true, id: draft.id })).rejects.toBeInstanceOf(PayloadSDKError)
    const listed = await sdk.find({ collection: 'chapters', depth: 0, draft: true, where: { report: { equals: report.id } } })
    expect(listed.docs.map((chapter) => chapter.id)).not.toContain(draft.id)

    const { token } = await sdk.login({ collection: 'users', data: { email: 'sdk-editor@test.local', password: TEST_PASSWORD } })
    expect(token).toEqual(expect.any(String))
    const asEditor = new PayloadSDK<Config>({ baseInit: { headers: { Authorization: `JWT ${token}` } }, baseURL: `${server.url}/api` })
    const found = await asEditor.findByID({ collection: 'chapters', draft: true, id: draft.id })
    expect(found.title).toBe('Nog een ontwerp')
  })
})
