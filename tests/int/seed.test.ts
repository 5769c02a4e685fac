import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import type { TestContext } from '../helpers/payload'

import { checkReport } from '@jaarverslag/key-figures'
import { keyFigures } from '../../src/plugins'
import { chapters, featuredArticles, practices } from '../../src/seed/content'
import { CONTRADICTIONS, datasets, figures } from '../../src/seed/data'
import { lexicalToText } from '../../src/seed/lexical'
import { DEMO_USERS, seed, type SeedResult } from '../../src/seed'
import { startPayload } from '../helpers/payload'

let ctx: TestContext
let first: SeedResult

const counts = async () => {
  const result: Record<string, number> = {}
  for (const collection of ['media', 'reports', 'chapters', 'featured-articles', 'practices', 'podcast-series', 'podcast-episodes', 'publications', 'people', 'datasets', 'dataset-records', 'users'] as const) {
    result[collection] = (await ctx.payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return result
}

const published = async () =>
  (await ctx.payload.find({ collection: 'chapters', depth: 0, limit: 0, pagination: false, select: { slug: true }, where: { _status: { equals: 'published' } } })).docs
    .map((doc) => doc.slug)
    .sort()

beforeAll(async () => {
  ctx = await startPayload()
  first = await seed(ctx.payload)
})

afterAll(async () => {
  await ctx?.stop()
})

describe('the seeded Jaarverslag 2024', () => {
  it('holds the whole report', async () => {
    expect(await counts()).toMatchObject({
      chapters: 21,
      'dataset-records': datasets.reduce((sum, dataset) => sum + dataset.records.length, 0),
      datasets: datasets.length,
      'featured-articles': featuredArticles.length,
      'podcast-episodes': 10,
      'podcast-series': 2,
      practices: practices.length,
      publications: 5,
      reports: 1,
      users: DEMO_USERS.length,
    })
    expect(chapters).toHaveLength(21)
    expect(featuredArticles.length).toBeGreaterThan(0)
  })

  it('has the sections in the order of the report, and its chapters in reading order', async () => {
    const [report] = (await ctx.payload.find({ collection: 'reports', draft: true, where: { slug: { equals: 'jaarverslag-2024' } } })).docs
    expect(report.sections?.map((section) => section.key)).toEqual(['voorwoord', 'inleiding', '2024-in-cijfers', 'onze-werking', 'zakelijk-plan-en-financieel-beleid', 'over-de-fotos'])
    expect(report.policyPeriod).toBe('2021-2025')
    const { docs } = await ctx.payload.find({ collection: 'chapters', depth: 0, draft: true, limit: 0, pagination: false, select: { slug: true }, sort: 'sortKey' })
    expect(docs.map((doc) => doc.slug)).toEqual(chapters.map((chapter) => chapter.slug))
  })

  it('keeps the photo captions and credits', async () => {
    const captions = new Set(chapters.flatMap((chapter) => chapter.photos ?? []).map((photo) => photo.caption))
    expect(captions.size).toBeGreaterThan(0)
    const { docs } = await ctx.payload.find({ collection: 'media', limit: 0, pagination: false })
    expect(new Set(docs.map((doc) => doc.caption))).toEqual(captions)
    const farewell = docs.find((doc) => doc.caption === 'We zwaaien collega Paco Sanogo uit')
    expect(farewell).toMatchObject({ alt: 'We zwaaien collega Paco Sanogo uit', credit: '© Mieke Vasseur' })
    const [chapter] = (await ctx.payload.find({ collection: 'chapters', depth: 1, draft: true, where: { slug: { equals: 'over-de-fotos' } } })).docs
    expect((chapter.photos ?? []).length).toBeGreaterThan(0)
  })

  it('keeps the prose as rich text', async () => {
    const [mission] = (await ctx.payload.find({ collection: 'chapters', draft: true, where: { slug: { equals: 'onze-missie' } } })).docs
    expect(lexicalToText(mission.body)).toContain('kloppend hart')
  })

  it('binds every figure of the seed, with none left unbound', async () => {
    const { docs } = await ctx.payload.find({ collection: 'chapters', depth: 0, draft: true, limit: 0, pagination: false })
    const seeded = docs.flatMap((doc) => doc.keyFigures ?? [])
    expect(seeded).toHaveLength(figures.filter((figure) => figure.document.collection === 'chapters').length)
    for (const figure of seeded) {
      const bound = figure.operation === 'record' ? Boolean(figure.record) : (figure.operands?.length ?? 0) > 0
      expect({ bound, label: figure.label }).toEqual({ bound: true, label: figure.label })
    }
  })

  it('transcribes figures as printed, bound to their record', async () => {
    const [cards] = (await ctx.payload.find({ collection: 'chapters', depth: 1, draft: true, where: { slug: { equals: 'cijfers-ondersteuningsaanbod' } } })).docs
    const participants = cards.keyFigures?.find((figure) => figure.shown === '1.540')
    expect(participants).toBeDefined()
    expect(participants?.record).toMatchObject({ unit: 'count', value: '1540' })
  })

  it('reports every contradiction of the printed report with its shown and expected value, and nothing else', async () => {
    const options = keyFigures.options
    const check = await checkReport('jaarverslag-2024', await createLocalReq({}, ctx.payload), options)
    const slugs = new Map(
      (await ctx.payload.find({ collection: 'chapters', depth: 0, draft: true, limit: 0, pagination: false, select: { slug: true } })).docs.map((doc) => [String(doc.id), doc.slug]),
    )
    const found = check.findings.map((finding) => ({
      expected: finding.expected,
      kind: finding.kind,
      label: finding.label,
      shown: finding.shown,
      where: finding.kind === 'footing' ? `datasets/${finding.source.dataset}` : `${finding.collection}/${slugs.get(String(finding.id))}`,
    }))
    const key = (item: { where: string; label: string }) => `${item.where} ${item.label}`
    expect([...found].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...CONTRADICTIONS].sort((a, b) => key(a).localeCompare(key(b))))
  })

  it('publishes everything that agrees with its data and keeps the rest as drafts', async () => {
    const blocked = new Set(first.keptAsDraft.map((draft) => `${draft.collection}/${draft.slug}`))
    for (const contradiction of CONTRADICTIONS.filter((item) => item.kind === 'mismatch')) expect(blocked).toContain(contradiction.where)
    const publishedChapters = await published()
    expect(publishedChapters.length + [...blocked].filter((item) => item.startsWith('chapters/')).length).toBe(21)
    for (const slug of publishedChapters) expect(blocked).not.toContain(`chapters/${slug}`)
    const { docs } = await ctx.payload.find({ collection: 'chapters', depth: 0, limit: 0, pagination: false, where: { _status: { equals: 'published' } } })
    for (const doc of docs) expect({ slug: doc.slug, status: doc.figureCheck?.status }).toEqual({ slug: doc.slug, status: 'ok' })
  })

  it('gives every workflow document the stage that matches it: published ones gepubliceerd, drafts concept', async () => {
    for (const collection of ['reports', 'chapters', 'featured-articles', 'podcast-episodes', 'publications'] as const) {
      const { docs } = await ctx.payload.find({ collection, depth: 0, draft: true, limit: 0, pagination: false, select: { _status: true, workflowStage: true } as never })
      for (const doc of docs as { _status?: string; id: unknown; workflowStage?: string }[]) {
        expect({ collection, id: doc.id, stage: doc.workflowStage }).toEqual({ collection, id: doc.id, stage: doc._status === 'published' ? 'published' : 'concept' })
      }
    }
    const drafts = await ctx.payload.find({ collection: 'chapters', depth: 0, draft: true, limit: 0, pagination: false, where: { workflowStage: { equals: 'concept' } } })
    expect(drafts.docs.length).toBe(first.keptAsDraft.filter((draft) => draft.collection === 'chapters').length)
  })

  it('changes nothing when run again', async () => {
    const before = await counts()
    const publishedBefore = await published()
    const again = await seed(ctx.payload)
    expect(again.created).toEqual({})
    expect(await counts()).toEqual(before)
    expect(await published()).toEqual(publishedBefore)
  })

  it('starts from empty with reset and ends in the same shape', async () => {
    const before = await counts()
    const publishedBefore = await published()
    await seed(ctx.payload, { reset: true })
    expect(await counts()).toEqual(before)
    expect(await published()).toEqual(publishedBefore)
  })

  it('creates the demo users with their roles', async () => {
    for (const user of DEMO_USERS) {
      const login = await ctx.payload.login({ collection: 'users', data: { email: user.email, password: 'jaarverslag-demo' } })
      expect(login.user?.roles).toEqual([...user.roles])
    }
  })
})
