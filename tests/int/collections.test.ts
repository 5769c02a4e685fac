import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Chapter, PodcastSeries, Report } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { client, type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let server: TestServer
let editor: Client
let anonymous: Client
let reportId: Report['id']
let seriesId: PodcastSeries['id']

type Case = {
  slug: string
  graphQL: { single: string; plural: string }
  titleField: string
  data: () => Record<string, unknown>
}

const cases: Case[] = [
  {
    slug: 'reports',
    graphQL: { plural: 'Reports', single: 'Report' },
    titleField: 'title',
    data: () => ({ organisation: 'Socius', policyPeriod: '2021-2025', title: 'Jaarverslag 2023', year: 2023 }),
  },
  {
    slug: 'chapters',
    graphQL: { plural: 'Chapters', single: 'Chapter' },
    titleField: 'title',
    data: () => ({ number: '2.3', report: reportId, section: 'onze-werking', title: 'Vraaggestuurde werking' }),
  },
  {
    slug: 'featured-articles',
    graphQL: { plural: 'FeaturedArticles', single: 'FeaturedArticle' },
    titleField: 'title',
    data: () => ({
      footnotes: [{ number: 1, text: 'Bron: SISCA.' }],
      pullQuotes: [{ quote: 'Samen leren werkt.' }],
      report: reportId,
      title: 'Uitgelicht: werken aan welzijn',
    }),
  },
  {
    slug: 'practices',
    graphQL: { plural: 'Practices', single: 'Practice' },
    titleField: 'name',
    data: () => ({ formats: ['video'], name: 'Buurtwerk in beeld', recognition: 'erkend' }),
  },
  {
    slug: 'podcast-series',
    graphQL: { plural: 'AllPodcastSeries', single: 'PodcastSeries' },
    titleField: 'title',
    data: () => ({ producer: 'Socius', title: 'De Kunst van het Rouwen' }),
  },
  {
    slug: 'podcast-episodes',
    graphQL: { plural: 'PodcastEpisodes', single: 'PodcastEpisode' },
    titleField: 'title',
    data: () => ({
      guests: [{ name: 'An Peeters', organisation: 'Vormingplus' }],
      number: 1,
      recordedLive: { date: '2024-10-12T00:00:00.000Z', event: 'Trefdag' },
      series: seriesId,
      title: 'Afscheid nemen',
    }),
  },
  {
    slug: 'publications',
    graphQL: { plural: 'Publications', single: 'Publication' },
    titleField: 'title',
    data: () => ({ downloads: 312, kind: 'memorandum', title: 'Memorandum 2024', year: 2024 }),
  },
  {
    slug: 'people',
    graphQL: { plural: 'People', single: 'Person' },
    titleField: 'name',
    data: () => ({ boardRole: 'voorzitter', function: 'directeur', name: 'Jan Janssens', organisation: 'Socius' }),
  },
]

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  await createUsers(ctx.payload, 'col')
  editor = await login(server, 'col-editor@test.local', TEST_PASSWORD)
  anonymous = client(server)
  const report = await publishDocument<Report>(ctx.payload, 'reports', {
    data: {
      organisation: 'Socius',
      sections: [{ key: 'onze-werking', title: 'Onze werking' }],
      title: 'Jaarverslag 2024',
      year: 2024,
    },
  })
  reportId = report.id
  const series = await ctx.payload.create({
    collection: 'podcast-series',
    data: { _status: 'published', title: 'Allemaal Politiek' },
  })
  seriesId = series.id
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe.each(cases)('$slug', ({ slug, graphQL, titleField, data }) => {
  let id: number | string
  const workflow = ['reports', 'chapters', 'featured-articles', 'podcast-episodes', 'publications'].includes(slug)

  it('is created as a draft through REST by an editor', async () => {
    const response = await editor.rest(`/${slug}?draft=true`, { body: { ...data(), _status: 'draft' }, method: 'POST' })
    expect(response.status).toBe(201)
    expect(response.body.doc._status).toBe('draft')
    expect(response.body.doc[titleField]).toBe(data()[titleField])
    id = response.body.doc.id
  })

  it('reads back what was written, for the editor', async () => {
    const response = await editor.rest(`/${slug}/${id}?draft=true&depth=0`)
    expect(response.status).toBe(200)
    for (const [field, value] of Object.entries(data())) {
      if (typeof value !== 'object') expect(response.body[field]).toEqual(value)
    }
  })

  it('updates a field', async () => {
    const changed = `${data()[titleField]} (herzien)`
    const response = await editor.rest(`/${slug}/${id}?draft=true`, { body: { [titleField]: changed }, method: 'PATCH' })
    expect(response.status).toBe(200)
    expect(response.body.doc[titleField]).toBe(changed)
  })

  it('keeps the draft from anonymous REST readers, also with ?draft=true', async () => {
    expect((await anonymous.rest(`/${slug}/${id}`)).status).toBe(404)
    expect((await anonymous.rest(`/${slug}/${id}?draft=true`)).status).toBe(404)
    const list = await anonymous.rest(`/${slug}?draft=true&limit=100`)
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: { id: unknown }) => doc.id)).not.toContain(id)
  })

  it('keeps the draft from anonymous GraphQL readers, also with draft: true', async () => {
    for (const draft of [false, true]) {
      const list = await anonymous.graphql(`query { ${graphQL.plural}(draft: ${draft}, limit: 100) { docs { id } } }`)
      expect(list.body.errors).toBeUndefined()
      expect(list.body.data[graphQL.plural].docs.map((doc: { id: unknown }) => doc.id)).not.toContain(id)
      const single = await anonymous.graphql(`query { ${graphQL.single}(id: ${JSON.stringify(id)}, draft: ${draft}) { id } }`)
      expect(single.body.data?.[graphQL.single] ?? null).toBeNull()
    }
  })

  it('shows the document to anonymous readers once published', async () => {
    // The editor approves and publishes in one save.
    const published = await editor.rest(`/${slug}/${id}`, { body: { ...data(), _status: 'published', ...(workflow ? { workflowStage: 'approved' } : {}) }, method: 'PATCH' })
    expect(published.status).toBe(200)
    const rest = await anonymous.rest(`/${slug}/${id}`)
    expect(rest.status).toBe(200)
    expect(rest.body[titleField]).toBe(data()[titleField])
    const gql = await anonymous.graphql(`query { ${graphQL.single}(id: ${JSON.stringify(id)}) { id } }`)
    expect(gql.body.data[graphQL.single].id).toEqual(id)
  })

  it('keeps serving the published version while a newer draft is being edited', async () => {
    const draftTitle = 'Nog niet klaar'
    const draft = await editor.rest(`/${slug}/${id}?draft=true`, { body: { [titleField]: draftTitle, _status: 'draft' }, method: 'PATCH' })
    expect(draft.status).toBe(200)
    const rest = await anonymous.rest(`/${slug}/${id}?draft=true`)
    expect(rest.status).toBe(200)
    expect(rest.body[titleField]).toBe(data()[titleField])
    const gql = await anonymous.graphql(`query { ${graphQL.single}(id: ${JSON.stringify(id)}, draft: true) { ${titleField} } }`)
    expect(gql.body.data[graphQL.single][titleField]).toBe(data()[titleField])
  })

  it('is deleted by an editor', async () => {
    expect((await editor.rest(`/${slug}/${id}`, { method: 'DELETE' })).status).toBe(200)
    expect((await editor.rest(`/${slug}/${id}`)).status).toBe(404)
  })
})

describe('validation', () => {
  it('names the field and the problem, and writes nothing', async () => {
    const before = await ctx.payload.count({ collection: 'chapters' })
    const response = await editor.rest('/chapters', {
      body: { _status: 'published', number: '2,3', report: reportId, section: 'bestaat-niet', title: 'Fout', workflowStage: 'approved' },
      method: 'POST',
    })
    expect(response.status).toBe(400)
    const errors = response.body.errors[0].data.errors as { path: string; message: string }[]
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'number', message: expect.stringContaining('2,3') }),
        expect.objectContaining({ path: 'section', message: expect.stringContaining('onze-werking') }),
      ]),
    )
    expect(await ctx.payload.count({ collection: 'chapters' })).toEqual(before)
  })

  it('refuses a slug already used in the same report but allows it in another report', async () => {
    const other = await publishDocument<Report>(ctx.payload, 'reports', {
      data: { organisation: 'Socius', sections: [{ key: 'onze-werking', title: 'Onze werking' }], title: 'Jaarverslag 2022', year: 2022 },
    })
    const base = { section: 'onze-werking', slug: 'dubbel', title: 'Dubbel' }
    await publishDocument(ctx.payload, 'chapters', { data: { ...base, report: reportId } })
    const refused = await publishDocument(ctx.payload, 'chapters', { data: { ...base, report: reportId } }).catch((error) => error)
    expect(refused.data.errors).toEqual([{ label: 'Webadres', message: expect.stringContaining('"dubbel" wordt al gebruikt'), path: 'slug' }])
    const elsewhere = await publishDocument<Chapter>(ctx.payload, 'chapters', { data: { ...base, report: other.id } })
    expect(elsewhere.slug).toBe('dubbel')
  })

  it('orders chapters by section and then by number, not as text', async () => {
    const report = await publishDocument<Report>(ctx.payload, 'reports', {
      data: {
        organisation: 'Socius',
        sections: [
          { key: 'onze-werking', title: 'Onze werking' },
          { key: 'zakelijk-plan', title: 'Zakelijk plan' },
        ],
        title: 'Jaarverslag 2021',
        year: 2021,
      },
    })
    for (const [section, number] of [
      ['zakelijk-plan', '1.1'],
      ['onze-werking', '2.10'],
      ['onze-werking', '2.3'],
      ['onze-werking', '10'],
    ]) {
      await publishDocument(ctx.payload, 'chapters', { data: { number, report: report.id, section, title: `${section} ${number}` } })
    }
    const { docs } = await ctx.payload.find({ collection: 'chapters', sort: 'sortKey', where: { report: { equals: report.id } } })
    expect(docs.map((doc) => doc.number)).toEqual(['2.3', '2.10', '10', '1.1'])
  })

  it('makes a slug from the title when none is given', async () => {
    const practice = await ctx.payload.create({ collection: 'practices', data: { _status: 'published', name: 'Café Combiné: samen koken!', recognition: 'onbekend' } })
    expect(practice.slug).toBe('cafe-combine-samen-koken')
  })
})
