import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { CollectionSlug } from 'payload'

import type { Chapter, DatasetRecord, Practice, Report } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { createDataset, recordFigure } from '../helpers/figures'
import { client, type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

/**
 * Issue 14, items 1-4: a published document goes offline only through an explicit, audited
 * unpublish; restoring a draft version keeps the published version online; an author's save never
 * changes the publication state; the dataset guard holds on every path.
 */

type Id = number | string
type Doc = Record<string, any> & { id: Id }

let ctx: TestContext
let server: TestServer
let users: Awaited<ReturnType<typeof createUsers>>
let as: Record<'anonymous' | 'author' | 'editor', Client>
let report: Report
let records: Record<string, DatasetRecord>
let practice: Practice
let seriesId: Id

let counter = 0
const workflowCollections = ['reports', 'chapters', 'featured-articles', 'podcast-episodes', 'publications']
const titleFieldOf = (collection: string) => (collection === 'practices' || collection === 'people' ? 'name' : 'title')

/** Valid data for a new document of each collection with drafts (unique names every call). */
const dataFor: Record<string, () => Record<string, unknown>> = {
  chapters: () => ({ keyFigures: [recordFigure('Deelnemers', '1.540', 'count', records.deelnemers)], report: report.id, section: 'cijfers', summary: 'Gepubliceerd', title: `PV-hoofdstuk ${++counter}` }),
  datasets: () => ({ period: '2024', slug: `pv-set-${++counter}`, source: 'test', title: `PV-set ${counter}` }),
  'featured-articles': () => ({ lead: 'Gepubliceerd', report: report.id, title: `PV-uitgelicht ${++counter}` }),
  people: () => ({ name: `PV-persoon ${++counter}` }),
  'podcast-episodes': () => ({ number: ++counter, series: seriesId, title: `PV-aflevering ${counter}` }),
  'podcast-series': () => ({ title: `PV-reeks ${++counter}` }),
  practices: () => ({ name: `PV-praktijk ${++counter}`, recognition: 'onbekend' }),
  publications: () => ({ kind: 'brochure', title: `PV-publicatie ${++counter}`, year: 2024 }),
  reports: () => ({ organisation: 'Socius', title: `PV-verslag ${++counter}`, year: 2000 + (counter % 150) }),
}

/** A published document: workflow documents owned by the author, practices attached by the author. */
const published = async (collection: string): Promise<Doc> => {
  const data = dataFor[collection]()
  if (workflowCollections.includes(collection)) {
    return publishDocument<Doc>(ctx.payload, collection as CollectionSlug, { data: { ...data, owner: users.author.id } })
  }
  return (await ctx.payload.create({
    collection: collection as CollectionSlug,
    data: { ...data, _status: 'published' } as never,
    depth: 0,
    ...(collection === 'practices' ? { user: users.author } : {}),
  })) as unknown as Doc
}

const anonymousRead = (collection: string, id: Id) => as.anonymous.rest(`/${collection}/${id}?depth=0`)
const draftRead = async (collection: string, id: Id) => (await as.editor.rest(`/${collection}/${id}?draft=true&depth=0`)).body as Doc
const mainRow = (collection: string, id: Id) => ctx.payload.findByID({ collection: collection as CollectionSlug, depth: 0, id }) as unknown as Promise<Doc>

const auditOf = async (collection: string, id: Id, action?: string) =>
  (
    await ctx.payload.find({
      collection: 'audit-log',
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'createdAt',
      where: { and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: String(id) } }, ...(action ? [{ action: { equals: action } }] : [])] },
    })
  ).docs

const latestVersionId = async (collection: string, id: Id): Promise<Id> => {
  const { docs } = await ctx.payload.findVersions({ collection: collection as CollectionSlug, depth: 0, limit: 1, where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] } })
  return docs[0].id
}

const graphQLNames: Record<string, string> = {
  chapters: 'Chapter',
  datasets: 'Dataset',
  'featured-articles': 'FeaturedArticle',
  people: 'Person',
  'podcast-episodes': 'PodcastEpisode',
  'podcast-series': 'PodcastSeries',
  practices: 'Practice',
  publications: 'Publication',
  reports: 'Report',
}
const gqlValue = (value: unknown) => JSON.stringify(value)

const schedule = (collection: string, id: Id, type: 'publish' | 'unpublish') =>
  ctx.payload.jobs.queue({
    input: { doc: { relationTo: collection, value: String(id) }, type, user: { relationTo: 'users', value: users.editor.id } } as never,
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() - 1000),
  })

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  users = await createUsers(ctx.payload, 'pv')
  as = {
    anonymous: client(server),
    author: await login(server, 'pv-author@test.local', TEST_PASSWORD),
    editor: await login(server, 'pv-editor@test.local', TEST_PASSWORD),
  }
  report = await publishDocument<Report>(ctx.payload, 'reports', {
    data: { organisation: 'Socius', sections: [{ key: 'cijfers', title: 'Cijfers' }], slug: 'pv-2024', title: 'PV 2024', year: 2024 },
  })
  ;({ records } = await createDataset(ctx.payload, { records: [{ key: 'deelnemers', label: 'Deelnemers', unit: 'count', value: '1540' }], slug: 'pv-cijfers' }))
  practice = await ctx.payload.create({ collection: 'practices', data: { _status: 'published', name: 'PV-Buurtkeuken', recognition: 'erkend' } })
  seriesId = (await ctx.payload.create({ collection: 'podcast-series', data: { _status: 'published', title: 'PV-reeks' } })).id
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe('restoring a draft version of a published document keeps the published version online (item 1)', () => {
  it('REST: the chapter stays online with its published text, the restored draft is the newest version, the stage is unchanged, nothing is logged as unpublished', async () => {
    const chapter = await published('chapters')
    expect((await as.editor.rest(`/chapters/${chapter.id}?draft=true`, { body: { summary: 'Concepttekst' }, method: 'PATCH' })).status).toBe(200)
    const version = await latestVersionId('chapters', chapter.id)

    const restored = await as.editor.rest(`/chapters/versions/${version}`, { method: 'POST' })
    expect(restored.status).toBe(200)

    const online = await anonymousRead('chapters', chapter.id)
    expect(online.status).toBe(200)
    expect(online.body).toMatchObject({ _status: 'published', summary: 'Gepubliceerd', workflowStage: 'published' })
    const gql = await as.anonymous.graphql(`{ Chapter(id: ${gqlValue(chapter.id)}) { summary _status } }`)
    expect(gql.body.data.Chapter).toEqual({ _status: 'published', summary: 'Gepubliceerd' })
    expect(await draftRead('chapters', chapter.id)).toMatchObject({ _status: 'draft', summary: 'Concepttekst', workflowStage: 'published' })
    expect(await auditOf('chapters', chapter.id, 'unpublished')).toHaveLength(0)
  })

  it('GraphQL restoreVersionFeaturedArticle: the Uitgelicht article stays online, the draft holds the restored text', async () => {
    const article = await published('featured-articles')
    expect((await as.editor.rest(`/featured-articles/${article.id}?draft=true`, { body: { lead: 'Concept-lead' }, method: 'PATCH' })).status).toBe(200)
    const version = await latestVersionId('featured-articles', article.id)

    const restored = await as.editor.graphql(`mutation { restoreVersionFeaturedArticle(id: ${gqlValue(version)}) { id lead } }`)
    expect(restored.body.errors).toBeUndefined()

    const gql = await as.anonymous.graphql(`{ FeaturedArticle(id: ${gqlValue(article.id)}) { lead _status } }`)
    expect(gql.body.data.FeaturedArticle).toEqual({ _status: 'published', lead: 'Gepubliceerd' })
    expect((await anonymousRead('featured-articles', article.id)).status).toBe(200)
    expect(await draftRead('featured-articles', article.id)).toMatchObject({ lead: 'Concept-lead' })
    expect(await auditOf('featured-articles', article.id, 'unpublished')).toHaveLength(0)
  })

  it('restoring a published version is a publish: the workflow judges it and the log says published, with the stage it ends in', async () => {
    const chapter = await published('chapters')
    const first = await latestVersionId('chapters', chapter.id)
    expect((await as.editor.rest(`/chapters/${chapter.id}`, { body: { _status: 'published', summary: 'Tweede versie' }, method: 'PATCH' })).status).toBe(200)
    const before = (await auditOf('chapters', chapter.id, 'published')).length

    const restored = await as.editor.rest(`/chapters/versions/${first}`, { method: 'POST' })
    expect(restored.status).toBe(200)
    expect((await anonymousRead('chapters', chapter.id)).body.summary).toBe('Gepubliceerd')
    const entries = await auditOf('chapters', chapter.id, 'published')
    expect(entries).toHaveLength(before + 1)
    expect(entries.at(-1)).toMatchObject({ toStage: 'published', user: users.editor.id })
  })
})

describe('an author attaching practices never changes the publication state (item 2)', () => {
  const withPendingDraft = async () => {
    const chapter = await published('chapters')
    expect((await as.editor.rest(`/chapters/${chapter.id}?draft=true`, { body: { summary: 'x' }, method: 'PATCH' })).status).toBe(200)
    return chapter
  }

  it('REST: with an editor’s pending draft, the author’s non-draft attach is refused and the chapter stays online', async () => {
    const chapter = await withPendingDraft()
    const response = await as.author.rest(`/chapters/${chapter.id}`, { body: { practices: [practice.id] }, method: 'PATCH' })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].data.errors[0]).toEqual({ message: expect.stringContaining('publiceren'), path: 'workflowStage' })
    expect((await anonymousRead('chapters', chapter.id)).status).toBe(200)
    expect((await mainRow('chapters', chapter.id))._status).toBe('published')
    expect(await draftRead('chapters', chapter.id)).toMatchObject({ practices: [], summary: 'x' })
    expect(await auditOf('chapters', chapter.id, 'unpublished')).toHaveLength(0)
  })

  it('GraphQL updateChapter: the same attach is refused and the chapter stays online', async () => {
    const chapter = await withPendingDraft()
    const response = await as.author.graphql(`mutation { updateChapter(id: ${gqlValue(chapter.id)}, data: { practices: [${gqlValue(practice.id)}] }) { id _status } }`)
    expect(response.body.errors?.[0]?.message).toMatch(/redacteur/)
    expect((await anonymousRead('chapters', chapter.id)).status).toBe(200)
    expect(await auditOf('chapters', chapter.id, 'unpublished')).toHaveLength(0)
  })

  it('the author attaches practices with a draft save: 200, and the published chapter stays online', async () => {
    const chapter = await withPendingDraft()
    expect((await as.author.rest(`/chapters/${chapter.id}?draft=true`, { body: { practices: [practice.id] }, method: 'PATCH' })).status).toBe(200)
    expect((await anonymousRead('chapters', chapter.id)).status).toBe(200)
    expect((await draftRead('chapters', chapter.id)).practices).toEqual([practice.id])
  })

  it('an author cannot unpublish; an editor can, and the unpublish is logged once, with who', async () => {
    const chapter = await withPendingDraft()
    const refused = await as.author.rest(`/chapters/${chapter.id}`, { body: { _status: 'draft' }, method: 'PATCH' })
    expect(refused.status).toBe(403)
    expect((await anonymousRead('chapters', chapter.id)).status).toBe(200)
    expect((await as.editor.rest(`/chapters/${chapter.id}`, { body: { _status: 'draft' }, method: 'PATCH' })).status).toBe(200)
    expect((await anonymousRead('chapters', chapter.id)).status).toBe(404)
    const entries = await auditOf('chapters', chapter.id, 'unpublished')
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ fromStage: 'published', toStage: 'concept', user: users.editor.id })
  })
})

describe('a dataset used by published documents stays published (item 4)', () => {
  const usedDataset = async () => {
    const data = await createDataset(ctx.payload, { records: [{ key: 'leden', label: 'Leden', unit: 'count', value: '12' }], slug: `pv-gebruikt-${++counter}` })
    const chapter = await publishDocument<Chapter>(ctx.payload, 'chapters', {
      data: { keyFigures: [recordFigure('Leden', '12', 'count', data.records.leden)], report: report.id, section: 'cijfers', title: `PV-afhankelijk ${++counter}` },
    })
    return { ...data, chapter }
  }

  it('restoring a draft version: 200, and the dataset stays published with its published title', async () => {
    const { chapter, dataset } = await usedDataset()
    expect((await as.editor.rest(`/datasets/${dataset.id}?draft=true`, { body: { title: 'Concepttitel' }, method: 'PATCH' })).status).toBe(200)
    const version = await latestVersionId('datasets', dataset.id)
    expect((await as.editor.rest(`/datasets/versions/${version}`, { method: 'POST' })).status).toBe(200)
    const online = await anonymousRead('datasets', dataset.id)
    expect(online.status).toBe(200)
    expect(online.body).toMatchObject({ _status: 'published', title: dataset.title })
    expect((await draftRead('datasets', dataset.id)).title).toBe('Concepttitel')
    const figure = (await anonymousRead('chapters', chapter.id)).body.keyFigures[0]
    expect(figure.resolved).toMatchObject({ matches: true, source: { dataset: { slug: dataset.slug } } })
  })

  it('GraphQL restoreVersionDataset: the same', async () => {
    const { dataset } = await usedDataset()
    expect((await as.editor.rest(`/datasets/${dataset.id}?draft=true`, { body: { title: 'Concepttitel' }, method: 'PATCH' })).status).toBe(200)
    const version = await latestVersionId('datasets', dataset.id)
    const restored = await as.editor.graphql(`mutation { restoreVersionDataset(id: ${gqlValue(version)}) { id } }`)
    expect(restored.body.errors).toBeUndefined()
    expect((await anonymousRead('datasets', dataset.id)).body).toMatchObject({ _status: 'published', title: dataset.title })
  })

  it('an explicit unpublish is refused with 409 by PATCH, bulk PATCH and GraphQL, naming the document; nothing goes offline', async () => {
    const { chapter, dataset } = await usedDataset()
    const byId = await as.editor.rest(`/datasets/${dataset.id}`, { body: { _status: 'draft' }, method: 'PATCH' })
    expect(byId.status).toBe(409)
    expect(JSON.stringify(byId.body)).toContain(chapter.title)
    const bulk = await as.editor.rest(`/datasets?where[id][equals]=${dataset.id}`, { body: { _status: 'draft' }, method: 'PATCH' })
    expect(bulk.status).toBeGreaterThanOrEqual(400)
    expect(bulk.body.docs ?? []).toEqual([])
    expect(JSON.stringify(bulk.body)).toContain(chapter.title)
    const gql = await as.editor.graphql(`mutation { updateDataset(id: ${gqlValue(dataset.id)}, data: { _status: draft }) { id } }`)
    expect(gql.body.errors?.[0]?.extensions?.statusCode ?? gql.body.errors?.[0]?.status).toBe(409)
    expect((await anonymousRead('datasets', dataset.id)).status).toBe(200)
    expect(await auditOf('datasets', dataset.id, 'unpublished')).toHaveLength(0)
  })
})

describe('the audit log records what happened to the published version (item 3)', () => {
  it('a draft save of a published dataset is a saved draft without a status change; publishing and unpublishing are logged as such', async () => {
    const { dataset } = await createDataset(ctx.payload, { records: [], slug: `pv-log-${++counter}` })
    expect((await as.editor.rest(`/datasets/${dataset.id}?draft=true`, { body: { description: 'Nieuwe nota' }, method: 'PATCH' })).status).toBe(200)
    expect((await as.editor.rest(`/datasets/${dataset.id}`, { body: { _status: 'published' }, method: 'PATCH' })).status).toBe(200)
    expect((await as.editor.rest(`/datasets/${dataset.id}`, { body: { _status: 'draft' }, method: 'PATCH' })).status).toBe(200)
    const log = await auditOf('datasets', dataset.id)
    expect(log.map((entry) => entry.action)).toEqual(['created', 'changed', 'published', 'unpublished'])
    expect(log[1].summary).toBe('Concept opgeslagen. Gewijzigd: description.')
    expect(log.map((entry) => entry.summary).join(' ')).not.toMatch(/published -> draft|draft -> published/)
    expect(log[3].user).toEqual(users.editor.id)
  })

  it('publishing a whole report logs each publish with the stage it ends in (published), not concept', async () => {
    const own = await publishDocument<Report>(ctx.payload, 'reports', {
      data: { organisation: 'Socius', sections: [{ key: 'cijfers', title: 'Cijfers' }], slug: `pv-rapport-${++counter}`, title: `PV-rapport ${counter}`, year: 2024 },
    })
    const chapter = await ctx.payload.create({
      collection: 'chapters',
      data: { report: own.id, section: 'cijfers', title: `PV-rapport-hoofdstuk ${++counter}`, workflowStage: 'approved' } as never,
      draft: true,
    })
    expect((await as.editor.rest(`/workflow/reports/${own.id}/publish`, { method: 'POST' })).status).toBe(200)
    const [entry] = await auditOf('chapters', chapter.id, 'published')
    expect(entry).toMatchObject({ documentTitle: chapter.title, fromStage: 'approved', toStage: 'published' })
  })
})

/**
 * One rule on every collection with drafts and every path: the published version changes only
 * through a publish (which the gate and the workflow judge, and the log records) or an explicit
 * unpublish by an editor, which leaves exactly one `unpublished` entry.
 */
describe('one rule on every collection with drafts, on every path (item 3)', () => {
  type Case = { collection: string; doc: Doc; title: string; pending: string }
  type Path = { name: string; unpublishes?: boolean; refused?: boolean; scheduled?: boolean; run: (c: Case) => Promise<unknown> }

  const changed = (c: Case) => ({ [titleFieldOf(c.collection)]: `${c.title} gewijzigd` })
  const gqlData = (fields: Record<string, unknown>) =>
    Object.entries(fields)
      .map(([key, value]) => `${key}: ${key === '_status' ? value : gqlValue(value)}`)
      .join(', ')
  const gqlUpdate = (c: Case, fields: Record<string, unknown>) =>
    as.editor.graphql(`mutation { update${graphQLNames[c.collection]}(id: ${gqlValue(c.doc.id)}, data: { ${gqlData(fields)} }) { id } }`)
  const runJobs = async () => {
    await ctx.payload.jobs.run()
  }

  const paths: Path[] = [
    { name: 'REST PATCH by id without _status', run: (c) => as.editor.rest(`/${c.collection}/${c.doc.id}`, { body: changed(c), method: 'PATCH' }) },
    { name: 'REST PATCH by id without _status, by an author', run: (c) => as.author.rest(`/${c.collection}/${c.doc.id}`, { body: changed(c), method: 'PATCH' }) },
    { name: 'REST bulk PATCH without _status', run: (c) => as.editor.rest(`/${c.collection}?where[id][equals]=${c.doc.id}`, { body: changed(c), method: 'PATCH' }) },
    { name: 'REST bulk draft save', run: (c) => as.editor.rest(`/${c.collection}?draft=true&where[id][equals]=${c.doc.id}`, { body: changed(c), method: 'PATCH' }) },
    { name: 'GraphQL update without _status', run: (c) => gqlUpdate(c, changed(c)) },
    { name: 'Local API update with a user, without _status', run: (c) => ctx.payload.update({ collection: c.collection as CollectionSlug, data: changed(c) as never, id: c.doc.id, overrideAccess: false, user: users.editor }).catch(() => null) },
    { name: 'Local API update without a user, without _status', run: (c) => ctx.payload.update({ collection: c.collection as CollectionSlug, data: changed(c) as never, id: c.doc.id }).catch(() => null) },
    { name: 'REST restore of the draft version', run: async (c) => as.editor.rest(`/${c.collection}/versions/${await latestVersionId(c.collection, c.doc.id)}`, { method: 'POST' }) },
    {
      name: 'GraphQL restore of the draft version',
      run: async (c) => as.editor.graphql(`mutation { restoreVersion${graphQLNames[c.collection]}(id: ${gqlValue(await latestVersionId(c.collection, c.doc.id))}) { id } }`),
    },
    { name: 'REST duplicate', run: (c) => as.editor.rest(`/${c.collection}/${c.doc.id}/duplicate`, { body: {}, method: 'POST' }) },
    { name: 'scheduled publish job', scheduled: true, run: async (c) => (await schedule(c.collection, c.doc.id, 'publish'), runJobs()) },
    { name: 'REST PATCH _status draft by an author', refused: true, run: (c) => as.author.rest(`/${c.collection}/${c.doc.id}`, { body: { _status: 'draft' }, method: 'PATCH' }) },
    { name: 'REST PATCH _status draft', unpublishes: true, run: (c) => as.editor.rest(`/${c.collection}/${c.doc.id}`, { body: { _status: 'draft' }, method: 'PATCH' }) },
    { name: 'REST bulk PATCH _status draft', unpublishes: true, run: (c) => as.editor.rest(`/${c.collection}?where[id][equals]=${c.doc.id}`, { body: { _status: 'draft' }, method: 'PATCH' }) },
    { name: 'GraphQL update _status draft', unpublishes: true, run: (c) => gqlUpdate(c, { _status: 'draft' }) },
    {
      name: 'Local API update with an editor, _status draft',
      unpublishes: true,
      run: (c) => ctx.payload.update({ collection: c.collection as CollectionSlug, data: { _status: 'draft' } as never, id: c.doc.id, overrideAccess: false, user: users.editor }),
    },
    { name: 'Local API update without a user, _status draft', unpublishes: true, run: (c) => ctx.payload.update({ collection: c.collection as CollectionSlug, data: { _status: 'draft' } as never, id: c.doc.id }) },
    { name: 'scheduled unpublish job', scheduled: true, unpublishes: true, run: async (c) => (await schedule(c.collection, c.doc.id, 'unpublish'), runJobs()) },
  ]

  const draftCollections = () =>
    ctx.payload.config.collections
      .filter((collection) => collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
      .map((collection) => collection.slug)
  const schedules = (collection: string) => {
    const drafts = ctx.payload.collections[collection as CollectionSlug].config.versions?.drafts
    return Boolean(drafts && typeof drafts === 'object' && drafts.schedulePublish)
  }

  it('covers every collection with drafts in the config', () => {
    expect(draftCollections().sort()).toEqual(Object.keys(dataFor).sort())
  })

  const collections = Object.keys(dataFor)
  describe.each(collections)('%s', (collection) => {
    it.each(paths.map((path) => [path.name, path] as const))('%s', async (_name, path) => {
      if (path.scheduled && !schedules(collection)) return
      const doc = await published(collection)
      const title = doc[titleFieldOf(collection)] as string
      const pending = `${title} (concept)`
      // An editor's pending draft: the newest version is a draft, the main row is published.
      expect((await as.editor.rest(`/${collection}/${doc.id}?draft=true`, { body: { [titleFieldOf(collection)]: pending }, method: 'PATCH' })).status).toBe(200)
      const publishesBefore = (await auditOf(collection, doc.id, 'published')).length

      const result = (await path.run({ collection, doc, pending, title })) as { status?: number } | null

      const online = await anonymousRead(collection, doc.id)
      const unpublished = await auditOf(collection, doc.id, 'unpublished')
      if (path.unpublishes) {
        expect(online.status).toBe(404)
        expect(unpublished).toHaveLength(1)
        expect(unpublished[0].user ?? null).toEqual(path.name.includes('without a user') ? null : users.editor.id)
        return
      }
      if (path.refused) expect(result?.status).toBe(403)
      expect(online.status).toBe(200)
      expect(unpublished).toHaveLength(0)
      // The published version is the one from before, or a new one that a logged publish put there.
      if (online.body[titleFieldOf(collection)] !== title) {
        expect((await auditOf(collection, doc.id, 'published')).length).toBeGreaterThan(publishesBefore)
      }
    })
  })
})
