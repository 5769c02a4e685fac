import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { TestContext } from '../helpers/payload'

import { formatFigure, isFigureUnit } from '../../src/plugins/key-figures/engine'
import { seed } from '../../src/seed'
import { client, type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

/** Numbers nobody bound, on the seeded Jaarverslag 2024 (src/seed/README.md, "Numbers not bound to a figure"). */
let ctx: TestContext
let server: TestServer
let editor: Client
let author: Client
type Coverage = {
  bound: number
  numbers: number
  documents: {
    collection: string
    id: number | string
    title: string
    bound: number
    numbers: number
    unbound: { block: number; index: number; path: string; text: string; suggestions: { id: number | string; key: string }[] }[]
  }[]
}
let coverage: Coverage

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
  server = await startHttpServer()
  const users = await createUsers(ctx.payload, 'unbound')
  editor = await login(server, users.editor.email, TEST_PASSWORD)
  author = await login(server, users.author.email, TEST_PASSWORD)
  const response = await editor.rest('/key-figures/check?report=jaarverslag-2024')
  expect(response.status).toBe(200)
  coverage = response.body.coverage
}, 300_000)

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

const article = (start: string) => coverage.documents.find((doc) => doc.collection === 'featured-articles' && doc.title.startsWith(start))!
const texts = (doc: Coverage['documents'][number]) => doc.unbound.map((number) => number.text)

describe('the check endpoint reports coverage: bound numbers / all numbers', () => {
  it('for the report and per document, the report total being the sum of its documents', () => {
    expect(coverage.numbers).toBeGreaterThan(coverage.bound)
    expect(coverage.bound).toBeGreaterThan(0)
    expect(coverage.bound).toBe(coverage.documents.reduce((sum, doc) => sum + doc.bound, 0))
    expect(coverage.numbers).toBe(coverage.documents.reduce((sum, doc) => sum + doc.numbers, 0))
  })

  it('finds the unbound numbers the seed README lists (Hoe burgerinitiatieven, Allemaal Politiek, De arbeidsmarkt), its footnote markers and dates left out', () => {
    expect(texts(article('Hoe burgerinitiatieven'))).toEqual(['15', '130', '10', '5'])
    expect(texts(article('Allemaal Politiek'))).toEqual(expect.arrayContaining(['7', '30', '4.500', '118', '125']))
    // "82%" and "+39" are the article's figure cards: bound, not listed.
    const subsidies = article('Subsidieaanvragen')
    expect(subsidies.bound).toBeGreaterThanOrEqual(2)
    expect(texts(subsidies)).toEqual(expect.arrayContaining(['7.500', '10.000', '1.035', '16.130', '85%', '+53']))
    expect(texts(subsidies)).not.toContain('82%')
    const market = coverage.documents.find((doc) => doc.collection === 'featured-articles' && doc.title.includes('arbeidsmarkt'))!
    expect(texts(market)).toEqual(expect.arrayContaining(['2.120', '5,8%', '8,7%', '64%', '73,4%', '95,7%']))
  })

  it('never suggests a record whose value is not exactly the number as printed', async () => {
    const ids = [...new Set(coverage.documents.flatMap((doc) => doc.unbound.flatMap((number) => number.suggestions.map((record) => record.id))))]
    const { docs } = await ctx.payload.find({ collection: 'dataset-records', depth: 0, limit: 0, pagination: false, where: { id: { in: ids } } })
    const byId = new Map(docs.map((record) => [String(record.id), record]))
    const wrong = coverage.documents.flatMap((doc) =>
      doc.unbound.flatMap((number) =>
        number.suggestions
          .map((suggestion) => byId.get(String(suggestion.id))!)
          .filter((record) => !isFigureUnit(record.unit) || formatFigure(record.value, record.unit).replace(/\s/g, '') !== number.text.replace(/\s/g, ''))
          .map((record) => `${doc.title}: ${number.text} -> ${record.key} ${record.value}`),
      ),
    )
    expect(wrong).toEqual([])
  })

  it('the SISCA labour-market numbers, which have no table in the report, get no suggestion', () => {
    const market = coverage.documents.find((doc) => doc.collection === 'featured-articles' && doc.title.includes('arbeidsmarkt'))!
    const withTable = market.unbound.filter((number) => ['2.120', '73,4%', '95,7%', '81,3%', '23,6%'].includes(number.text) && number.suggestions.length > 0)
    expect(withTable).toEqual([])
  })
})

describe('an editor binds an unbound number with one click', () => {
  it('the number becomes an inline figure bound to the record, in a draft; the coverage counts it', async () => {
    const report = (await ctx.payload.find({ collection: 'reports', limit: 1, where: { slug: { equals: 'jaarverslag-2024' } } })).docs[0]
    const dataset = await ctx.payload.create({ collection: 'datasets', data: { _status: 'published', period: '2024', slug: 'klik-2024', title: 'Klik 2024' } as never })
    const record = await ctx.payload.create({ collection: 'dataset-records', data: { dataset: dataset.id, key: 'vragen', label: 'Vragen via de site', unit: 'count', value: '1717' } as never })
    const body = { root: { children: [{ children: [{ text: 'We kregen 1.717 vragen via de site.', type: 'text' }], type: 'paragraph' }], type: 'root' } }
    const chapter = await ctx.payload.create({
      collection: 'chapters',
      data: { body, number: '9.9', report: report.id, section: report.sections?.[0]?.key, title: 'Klikhoofdstuk' } as never,
      draft: true,
    })
    const before = (await editor.rest('/key-figures/check?report=jaarverslag-2024')).body.coverage as Coverage
    const doc = before.documents.find((candidate) => String(candidate.id) === String(chapter.id))!
    expect(doc.unbound).toEqual([expect.objectContaining({ text: '1.717', suggestions: [expect.objectContaining({ id: record.id, key: 'vragen' })] })])
    const target = { block: doc.unbound[0].block, collection: 'chapters', id: chapter.id, index: doc.unbound[0].index, path: doc.unbound[0].path, record: record.id, text: '1.717' }

    expect((await author.rest('/key-figures/bind-number', { body: target, method: 'POST' })).status).toBe(403)
    expect((await editor.rest('/key-figures/bind-number', { body: { ...target, index: 3 }, method: 'POST' })).status).toBe(409)
    const bound = await editor.rest('/key-figures/bind-number', { body: target, method: 'POST' })
    expect(bound.status).toBe(200)

    const stored = (await ctx.payload.findByID({ collection: 'chapters', depth: 0, draft: true, id: chapter.id })) as unknown as { body: typeof body & { root: { children: { children: { type: string; text?: string; fields?: Record<string, unknown> }[] }[] } } }
    const children = stored.body.root.children[0].children
    expect(children.map((child) => child.type)).toEqual(['text', 'inlineBlock', 'text'])
    expect(children[1].fields).toMatchObject({ blockType: 'keyFigure', label: 'Vragen via de site', record: record.id, shown: '1.717', unit: 'count' })
    const after = (await editor.rest('/key-figures/check?report=jaarverslag-2024')).body.coverage as Coverage
    const again = after.documents.find((candidate) => String(candidate.id) === String(chapter.id))!
    expect([again.bound, again.numbers, again.unbound.length]).toEqual([1, 1, 0])
    expect(after.bound).toBe(coverage.bound + 1)
    await ctx.payload.delete({ collection: 'chapters', id: chapter.id })
    await ctx.payload.delete({ collection: 'datasets', id: dataset.id })
  })
})
