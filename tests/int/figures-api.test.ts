import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Chapter, DatasetRecord, Report } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { SKIP_FIGURE_RESOLVE } from '@jaarverslag/key-figures'
import { createDataset, createReport, derivedFigure, paragraphWithFigures, recordFigure } from '../helpers/figures'
import { client, type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let server: TestServer
let editor: Client
let report: Report
let r: Record<string, DatasetRecord>
let chapter: Chapter
let users: Awaited<ReturnType<typeof createUsers>>

const figure = recordFigure
const percentage = (label: string, shown: string, operands: DatasetRecord[]) => derivedFigure(label, shown, 'percent', 'percentage', operands)

let counter = 0
const publishedChapter = async (data: Partial<Chapter>) => {
  const draft = await ctx.payload.create({
    collection: 'chapters',
    data: { report: report.id, section: 'cijfers', title: `API-hoofdstuk ${++counter}`, ...data } as never,
    depth: 0,
    draft: true,
  })
  return publishDocument<Chapter>(ctx.payload, 'chapters', { id: draft.id })
}

/** Counts the adapter's `find` calls on the data collections while `run` runs. */
const countLookups = async (run: () => Promise<unknown>) => {
  const db = ctx.payload.db as unknown as { find: (args: { collection: string }) => Promise<unknown> }
  const original = db.find
  const counts = { datasets: 0, records: 0 }
  db.find = function (this: unknown, args) {
    if (args.collection === 'dataset-records') counts.records++
    if (args.collection === 'datasets') counts.datasets++
    return original.call(this, args)
  }
  try {
    await run()
  } finally {
    db.find = original
  }
  return counts
}

const inlineFields = (body: unknown) => (body as { root: { children: { children: { fields?: Record<string, unknown>; type: string }[] }[] } }).root.children[0].children.filter((node) => node.type === 'inlineBlock').map((node) => node.fields as Record<string, unknown>)

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  users = await createUsers(ctx.payload, 'api')
  editor = await login(server, 'api-editor@test.local', TEST_PASSWORD)
  report = await createReport(ctx.payload)
  ;({ records: r } = await createDataset(ctx.payload, {
    records: [
      { key: 'deelnemers.totaal', label: 'Totaal aantal deelnemers', unit: 'count', value: '1540' },
      { key: 'activiteiten.totaal', label: 'Aantal activiteiten', unit: 'count', value: '86' },
      { key: 'tevredenheid.positief', label: 'Tevreden respondenten', unit: 'count', value: '114' },
      { key: 'tevredenheid.respondenten', label: 'Respondenten', unit: 'count', value: '171' },
      { key: 'nps', label: 'Net promotor score', unit: 'score', value: '39' },
    ],
    slug: 'cijfers-2024',
    title: 'Kerncijfers 2024',
  }))
  chapter = await publishedChapter({
    body: paragraphWithFigures(['We organiseerden ', { label: 'Aantal activiteiten', operation: 'record', record: r['activiteiten.totaal'].id, shown: '86', unit: 'count' }, ' activiteiten.']) as never,
    keyFigures: [
      figure('Totaal aantal deelnemers', '1.540', 'count', r['deelnemers.totaal']),
      percentage('Tevredenheid', '67%', [r['tevredenheid.positief'], r['tevredenheid.respondenten']]),
    ],
  })
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

const dataset = { period: '2024', slug: 'cijfers-2024', title: 'Kerncijfers 2024' }

const expectResolved = (rows: { resolved?: unknown }[], verifiedAt: string) => {
  expect(rows[0].resolved).toEqual({
    // No import into this dataset yet: its figures were checked against version 0.
    datasetVersion: 0,
    formatted: '1.540',
    label: 'Totaal aantal deelnemers',
    matches: true,
    // A figure over no periods of a series (see "change", "growth", "series").
    periods: null,
    shown: '1.540',
    source: { dataset, operation: 'record', records: [{ key: 'deelnemers.totaal', label: 'Totaal aantal deelnemers', value: '1540' }] },
    unit: 'count',
    value: '1540',
    verifiedAt,
  })
  expect(rows[1].resolved).toMatchObject({
    formatted: '67%',
    label: 'Tevredenheid',
    shown: '67%',
    matches: true,
    source: {
      dataset,
      operation: 'percentage',
      records: [
        { key: 'tevredenheid.positief', label: 'Tevreden respondenten', value: '114' },
        { key: 'tevredenheid.respondenten', label: 'Respondenten', value: '171' },
      ],
    },
    unit: 'percent',
    verifiedAt,
  })
  expect((rows[1].resolved as { value: string }).value).toMatch(/^66\.666666/)
}

describe('REST', () => {
  it('gives anonymous readers every figure resolved: value, unit, formatted, source, verifiedAt', async () => {
    const read = await client(server).rest(`/chapters/${chapter.id}`)
    expect(read.status).toBe(200)
    const verifiedAt = read.body.figureCheck.checkedAt
    expect(verifiedAt).toEqual(expect.any(String))
    expectResolved(read.body.keyFigures, verifiedAt)
    expect(inlineFields(read.body.body)[0]).toMatchObject({
      label: 'Aantal activiteiten',
      resolved: {
        formatted: '86',
        matches: true,
        source: { dataset, operation: 'record', records: [{ key: 'activiteiten.totaal', label: 'Aantal activiteiten', value: '86' }] },
        unit: 'count',
        value: '86',
        verifiedAt,
      },
      shown: '86',
    })
  })

  it('resolves every document of a list read, at depth 0 too', async () => {
    const other = await publishedChapter({ keyFigures: [figure('NPS', '+39', 'score', r.nps)] })
    const read = await client(server).rest(`/chapters?depth=0&where[id][in]=${chapter.id},${other.id}`)
    expect(read.status).toBe(200)
    const byId = new Map(read.body.docs.map((doc: Chapter) => [doc.id, doc]))
    expectResolved((byId.get(chapter.id) as Chapter).keyFigures as never, (byId.get(chapter.id) as Chapter).figureCheck?.checkedAt as string)
    expect((byId.get(other.id) as Chapter).keyFigures?.[0].resolved).toMatchObject({ formatted: '+39', matches: true, value: '39' })
  })

  it('leaves resolved out when a select does not ask for it', async () => {
    const read = await client(server).rest(`/chapters/${chapter.id}?select[keyFigures][shown]=true&select[keyFigures][unit]=true`)
    expect(read.status).toBe(200)
    expect(read.body.keyFigures[0]).not.toHaveProperty('resolved')
  })
})

describe('GraphQL', () => {
  it('returns resolved on the figure rows as JSON', async () => {
    const response = await client(server).graphql(`{ Chapter(id: ${JSON.stringify(chapter.id)}) { figureCheck { checkedAt } keyFigures { label shown resolved } } }`)
    expect(response.body.errors).toBeUndefined()
    const read = response.body.data.Chapter
    expect(read.keyFigures.map((row: { label: string }) => row.label)).toEqual(['Totaal aantal deelnemers', 'Tevredenheid'])
    expectResolved(read.keyFigures, read.figureCheck.checkedAt)
  })
})

describe('query count', () => {
  // Logged-in readers always read dataset summaries from the database (anonymous reads may reuse
  // them for a second, see below), so these counts show the batching itself.
  const asEditor = () => ({ overrideAccess: false, user: users.editor })
  const withFigures = (count: number) => {
    const cycle = [
      figure('Totaal aantal deelnemers', '1.540', 'count', r['deelnemers.totaal']),
      figure('Aantal activiteiten', '86', 'count', r['activiteiten.totaal']),
      figure('NPS', '+39', 'score', r.nps),
      percentage('Tevredenheid', '67%', [r['tevredenheid.positief'], r['tevredenheid.respondenten']]),
      figure('Respondenten', '171', 'count', r['tevredenheid.respondenten']),
    ]
    return Array.from({ length: count }, (_, index) => ({ ...cycle[index % cycle.length], label: `Cijfer ${index + 1}` }))
  }

  it('does not grow with the number of figures (Local API findByID, access enforced)', async () => {
    const five = await publishedChapter({ keyFigures: withFigures(5) })
    const fifty = await publishedChapter({ keyFigures: withFigures(50) })
    for (const depth of [0, 2]) {
      let docFive: Chapter | undefined
      let docFifty: Chapter | undefined
      const small = await countLookups(async () => {
        docFive = await ctx.payload.findByID({ collection: 'chapters', depth, id: five.id, ...asEditor() })
      })
      const large = await countLookups(async () => {
        docFifty = await ctx.payload.findByID({ collection: 'chapters', depth, id: fifty.id, ...asEditor() })
      })
      expect(docFive?.keyFigures?.every((row) => row.resolved?.matches)).toBe(true)
      expect(docFifty?.keyFigures).toHaveLength(50)
      expect(docFifty?.keyFigures?.every((row) => row.resolved?.matches)).toBe(true)
      expect(large).toEqual(small)
      // The resolving itself: one batch (records, then their datasets).
      if (depth === 0) expect(small).toEqual({ datasets: 1, records: 1 })
    }
  })

  it('at depth 1 uses the records the read populated instead of reading them again, with the same result', async () => {
    const doc = await publishedChapter({ keyFigures: withFigures(10) })
    const plain = await ctx.payload.findByID({ collection: 'chapters', depth: 0, id: doc.id, ...asEditor() })
    let populated: Chapter | undefined
    const counts = await countLookups(async () => {
      populated = await ctx.payload.findByID({ collection: 'chapters', depth: 1, id: doc.id, ...asEditor() })
    })
    // One read of the records: the population's. Then the datasets for `resolved.source`.
    expect(counts).toEqual({ datasets: 1, records: 1 })
    expect(typeof populated?.keyFigures?.[0].record).toBe('object')
    expect(populated?.keyFigures?.map((row) => row.resolved)).toEqual(plain.keyFigures?.map((row) => row.resolved))
  })

  it('does not read footing rules, or the records only they name, to resolve a figure', async () => {
    const { dataset: withRules, records: own } = await createDataset(ctx.payload, {
      records: [
        { key: 'leden.totaal', label: 'Leden', unit: 'count', value: '30' },
        { key: 'leden.a', label: 'Leden A', unit: 'count', value: '10' },
        { key: 'leden.b', label: 'Leden B', unit: 'count', value: '20' },
      ],
      slug: 'leden-2024',
    })
    await ctx.payload.update({
      collection: 'datasets',
      data: { footingRules: [{ label: 'Leden', parts: [own['leden.a'].id, own['leden.b'].id], total: own['leden.totaal'].id }] },
      id: withRules.id,
    })
    const doc = await publishedChapter({ keyFigures: [figure('Leden', '30', 'count', own['leden.totaal'])] })
    let read: Chapter | undefined
    const counts = await countLookups(async () => {
      read = await ctx.payload.findByID({ collection: 'chapters', depth: 0, id: doc.id, ...asEditor() })
    })
    // The gate's lookup would read the parts A and B as a second records query.
    expect(counts).toEqual({ datasets: 1, records: 1 })
    expect(read?.keyFigures?.[0].resolved).toMatchObject({ formatted: '30', matches: true, value: '30' })
  })

  it('reads a whole list with one batch', async () => {
    const counts = await countLookups(() => ctx.payload.find({ collection: 'chapters', depth: 0, limit: 100, ...asEditor() }))
    expect(counts).toEqual({ datasets: 1, records: 1 })
  })
})

describe('dataset summaries of anonymous reads (server/datasetCache.ts)', () => {
  const setup = async (slug: string) => {
    const { dataset, records } = await createDataset(ctx.payload, {
      records: [{ key: 'bezoekers', label: 'Bezoekers', unit: 'count', value: '310' }],
      slug,
      title: `Bezoekers ${slug}`,
    })
    const doc = await publishedChapter({ keyFigures: [figure('Bezoekers', '310', 'count', records.bezoekers)] })
    const read = async (user?: unknown) =>
      (await ctx.payload.findByID({ collection: 'chapters', depth: 1, id: doc.id, overrideAccess: false, ...(user ? { user } : {}) })).keyFigures?.[0]
        .resolved
    return { dataset, read }
  }

  it('are read once for reads in quick succession, while a logged-in read always reads them', async () => {
    const { read } = await setup('cache-reuse')
    // A read right after another finds the summary; if this machine stalled for a whole second in
    // between, the pair is simply tried again.
    // (The one records read is the population's, at depth 1.)
    let second = { datasets: 1, records: 1 }
    for (let attempt = 0; attempt < 3 && second.datasets !== 0; attempt++) {
      await read()
      second = await countLookups(() => read())
    }
    expect(second).toEqual({ datasets: 0, records: 1 })
    expect(await countLookups(() => read(users.editor))).toEqual({ datasets: 1, records: 1 })
    expect(await read()).toMatchObject({ matches: true, source: { dataset: { slug: 'cache-reuse', title: 'Bezoekers cache-reuse' } } })
  })

  it('follow a dataset saved in this process at the very next read', async () => {
    const { dataset, read } = await setup('cache-rename')
    await read()
    await ctx.payload.update({ collection: 'datasets', data: { period: '2024-2025', title: 'Bezoekers (herzien)' }, id: dataset.id })
    expect(await read()).toMatchObject({ source: { dataset: { period: '2024-2025', slug: 'cache-rename', title: 'Bezoekers (herzien)' } } })
  })

  it('follow a change made behind their back (as a second server would) within the second', async () => {
    const { dataset, read } = await setup('cache-elsewhere')
    await read()
    // Straight through the adapter: no hooks run, as when another process saves the dataset.
    await ctx.payload.db.updateOne({ collection: 'datasets', data: { title: 'Elders hernoemd' }, id: dataset.id, req: undefined })
    let title: unknown
    for (let attempt = 0; attempt < 50 && title !== 'Elders hernoemd'; attempt++) {
      title = ((await read())?.source.dataset as { title?: string } | null)?.title
      if (title !== 'Elders hernoemd') await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(title).toBe('Elders hernoemd')
  })
})

describe('nothing is stored', () => {
  const stored = async (id: Chapter['id']) => ctx.payload.db.findOne({ collection: 'chapters', req: undefined, where: { id: { equals: id } } })

  it('the database document holds no resolved values, and the skip flag reads without them', async () => {
    expect(JSON.stringify(await stored(chapter.id))).not.toContain('"resolved"')
    const skipped = await ctx.payload.findByID({ collection: 'chapters', context: { [SKIP_FIGURE_RESOLVE]: true }, depth: 0, id: chapter.id })
    expect(JSON.stringify(skipped)).not.toContain('"resolved"')
  })

  it('a document that was read saves back unchanged through REST, without storing resolved', async () => {
    const read = await editor.rest(`/chapters/${chapter.id}?depth=0`)
    expect(read.body.keyFigures[0].resolved).toBeDefined()
    expect(inlineFields(read.body.body)[0].resolved).toBeDefined()
    const saved = await editor.rest(`/chapters/${chapter.id}`, { body: { body: read.body.body, keyFigures: read.body.keyFigures, title: read.body.title }, method: 'PATCH' })
    expect(saved.status).toBe(200)
    expect(saved.body.doc._status).toBe('published')
    expect(JSON.stringify(await stored(chapter.id))).not.toContain('"resolved"')
    const versions = await ctx.payload.db.findVersions({ collection: 'chapters', limit: 0, where: { parent: { equals: chapter.id } } })
    expect(JSON.stringify(versions.docs)).not.toContain('"resolved"')
  })

  it('and through the Local API with access overridden', async () => {
    const read = await ctx.payload.findByID({ collection: 'chapters', depth: 0, id: chapter.id })
    expect(read.keyFigures?.[0].resolved?.value).toBe('1540')
    await ctx.payload.update({ collection: 'chapters', data: { body: read.body, keyFigures: read.keyFigures } as never, id: chapter.id })
    expect(JSON.stringify(await stored(chapter.id))).not.toContain('"resolved"')
  })
})

describe('verdicts remembered between reads (read/verdicts.ts)', () => {
  it('follow the data: a new value or unit shows in the very next read, and the old one again after it', async () => {
    const { records } = await createDataset(ctx.payload, {
      records: [{ key: 'leden', label: 'Leden', unit: 'count', value: '1200' }],
      slug: 'verdicts-2024',
      title: 'Ledental 2024',
    })
    const doc = await publishedChapter({
      body: paragraphWithFigures(['We tellen ', { label: 'Leden', operation: 'record', record: records.leden.id, shown: '1.200', unit: 'count' }, ' leden.']) as never,
      keyFigures: [figure('Leden', '1.200', 'count', records.leden)],
    })
    const read = async () => {
      const response = await client(server).rest(`/chapters/${doc.id}?depth=1`)
      expect(response.status).toBe(200)
      return [response.body.keyFigures[0].resolved, inlineFields(response.body.body)[0].resolved]
    }
    const setRecord = (data: Partial<DatasetRecord>) => ctx.payload.update({ collection: 'dataset-records', data, id: records.leden.id })

    for (const resolved of await read()) expect(resolved).toMatchObject({ formatted: '1.200', matches: true, value: '1200' })
    // Read twice, so the next reads find these verdicts remembered.
    await read()

    await setRecord({ value: '1250' })
    for (const resolved of await read()) expect(resolved).toMatchObject({ formatted: '1.250', matches: false, value: '1250' })

    await setRecord({ value: '1200' })
    for (const resolved of await read()) expect(resolved).toMatchObject({ formatted: '1.200', matches: true, value: '1200' })

    await setRecord({ unit: 'decimal' })
    for (const resolved of await read()) expect(resolved).toMatchObject({ formatted: null, matches: false, value: null })
    await setRecord({ unit: 'count' })
    for (const resolved of await read()) expect(resolved).toMatchObject({ formatted: '1.200', matches: true, value: '1200' })
  })
})
