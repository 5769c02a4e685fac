import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { type CollectionSlug, createLocalReq, ValidationError } from 'payload'

import type { Chapter, Dataset, DatasetRecord, FeaturedArticle, Report } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { paragraphWithFigures } from '../helpers/figures'
import { type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let server: TestServer
let editor: Client
let author: Client
let users: Awaited<ReturnType<typeof createUsers>>

type Series = { datasets: Record<string, Dataset>; records: Record<string, Record<string, DatasetRecord>> }

/** One dataset per period of a series, with the same keys in each. */
const createSeries = async (
  series: string,
  periods: Record<string, { key: string; unit: DatasetRecord['unit']; value: string }[]>,
  { draft = [] as string[] } = {},
): Promise<Series> => {
  const result: Series = { datasets: {}, records: {} }
  for (const [period, records] of Object.entries(periods)) {
    const unpublished = draft.includes(period)
    const dataset = await ctx.payload.create({
      collection: 'datasets',
      data: { _status: unpublished ? 'draft' : 'published', period, series, slug: `${series}-${period}`, title: `${series} ${period}` },
      draft: unpublished,
    })
    result.datasets[period] = dataset
    result.records[period] = {}
    for (const record of records) {
      result.records[period][record.key] = await ctx.payload.create({ collection: 'dataset-records', data: { ...record, dataset: dataset.id, label: record.key } })
    }
  }
  return result
}

const COLLECTIONS = ['reports', 'chapters', 'featured-articles', 'datasets', 'dataset-records', 'audit-log'] as const

/** Everything stored, main documents and versions, as the adapter reads it. */
const dump = async () => {
  const out: Record<string, unknown> = {}
  for (const collection of COLLECTIONS) {
    const { docs } = await ctx.payload.db.find({ collection: collection as CollectionSlug, limit: 0, pagination: false, sort: 'id' })
    out[collection] = docs
    if (collection !== 'audit-log' && collection !== 'dataset-records') {
      const { docs: versions } = await ctx.payload.db.findVersions({ collection: collection as CollectionSlug, limit: 0, pagination: false, sort: 'id' })
      out[`${collection}:versions`] = versions
    }
  }
  return JSON.parse(JSON.stringify(out)) as Record<string, { id: number | string }[]>
}

/** The part of a dump that belongs to the given documents (by id, and versions by parent). */
const only = (all: Record<string, { id: number | string; parent?: unknown }[]>, ids: Record<string, (number | string)[]>) =>
  Object.fromEntries(
    Object.entries(ids).flatMap(([collection, list]) => [
      [collection, all[collection].filter((doc) => list.map(String).includes(String(doc.id)))],
      [`${collection}:versions`, (all[`${collection}:versions`] ?? []).filter((version) => list.map(String).includes(String(version.parent)))],
    ]),
  )

let year = 2030
/** A source report of its own per test (its own slug and year), so tests do not see each other's copies. */
const createSource = async (label: string) => {
  const from = ++year
  const vw = await createSeries(`vw-${label}`, {
    [String(from - 1)]: [{ key: 'vragen.totaal', unit: 'count', value: '78' }],
    [String(from)]: [
      { key: 'vragen.totaal', unit: 'count', value: '104' },
      { key: 'vragen.primair', unit: 'count', value: '51' },
    ],
  })
  const vte = await createSeries(`vte-${label}`, {
    [String(from - 1)]: [{ key: 'vte', unit: 'decimal', value: '13.80' }],
    [String(from)]: [{ key: 'vte', unit: 'decimal', value: '14.20' }],
  })
  const report = await publishDocument<Report>(ctx.payload, 'reports', {
    data: { organisation: 'Socius', sections: [{ key: 'cijfers', title: `${from} in cijfers` }], slug: `verslag-${label}-${from}`, title: `Jaarverslag ${from}`, year: from },
  })
  const now = vw.records[String(from)]
  const before = vw.records[String(from - 1)]
  const chapter = await publishDocument<Chapter>(ctx.payload, 'chapters', {
    data: {
      body: paragraphWithFigures(['We ontvingen ', { label: 'Primair', operation: 'record', record: now['vragen.primair'].id, shown: '51', unit: 'count' }, ' vragen.']),
      keyFigures: [
        { label: 'Vragen', operation: 'record', record: now['vragen.totaal'].id, shown: '104', unit: 'count' },
        { label: 'Meer vragen', operands: [now['vragen.totaal'].id, before['vragen.totaal'].id], operation: 'change', shown: '+26', unit: 'count' },
        { label: 'VTE', operands: [vte.records[String(from - 1)].vte.id, vte.records[String(from)].vte.id], operation: 'series', shown: '14,20', unit: 'decimal' },
      ],
      report: report.id,
      section: 'cijfers',
      title: 'Vraaggestuurde werking',
    },
  })
  const article = await publishDocument<FeaturedArticle>(ctx.payload, 'featured-articles', {
    data: {
      chapter: chapter.id,
      keyFigures: [{ label: 'Vragen', operation: 'record', record: now['vragen.totaal'].id, shown: '104', unit: 'count' }],
      lead: 'Een terugblik.',
      report: report.id,
      title: 'Uitgelicht',
    },
  })
  await publishDocument(ctx.payload, 'chapters', { data: { featuredArticles: [article.id] }, id: chapter.id })
  return { article, chapter, from, report, vte, vw }
}

const roll = async (from: string, toYear: number, { afterWrite, user = users.editor }: { afterWrite?: (step: { collection: string; id: number | string }) => void; user?: unknown } = {}) => {
  const { rollForwardReport } = await import('../../src/plugins/roll-forward')
  const { keyFigures } = await import('../../src/plugins')
  const { sanitizeRollForwardOptions } = await import('../../src/plugins/roll-forward')
  const options = sanitizeRollForwardOptions({ collections: { chapters: 'chapters', featuredArticles: 'featured-articles', reports: 'reports' }, keyFigures })
  const req = await createLocalReq({ user: user as never }, ctx.payload)
  return rollForwardReport({ afterWrite, from, keyFigures, options, req, year: toYear })
}

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  users = await createUsers(ctx.payload, 'rf')
  editor = await login(server, 'rf-editor@test.local', TEST_PASSWORD)
  author = await login(server, 'rf-author@test.local', TEST_PASSWORD)
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe('roll forward', () => {
  it('copies the report, chapters and Uitgelicht articles as drafts, each figure awaiting the next period; a second run changes nothing', async () => {
    const source = await createSource('twice')
    const to = source.from + 1
    const result = await roll(source.report.slug as string, to)
    expect(result.status).toBe('created')
    expect(result.report).toMatchObject({ slug: `verslag-twice-${to}`, title: `Jaarverslag ${to}`, year: to })
    expect(result.created).toEqual({ chapters: 1, datasets: 2, featuredArticles: 1 })
    expect(result.figures).toEqual({ awaiting: 5, bound: 0, total: 5 })

    const report = await ctx.payload.findByID({ collection: 'reports', depth: 0, draft: true, id: result.report.id })
    expect(report._status).toBe('draft')
    expect(report.sections?.map((section) => section.key)).toEqual(['cijfers'])
    const [chapter] = (await ctx.payload.find({ collection: 'chapters', depth: 0, draft: true, where: { report: { equals: result.report.id } } })).docs
    const [article] = (await ctx.payload.find({ collection: 'featured-articles', depth: 0, draft: true, where: { report: { equals: result.report.id } } })).docs
    expect(chapter._status).toBe('draft')
    expect(chapter.workflowStage).toBe('concept')
    expect(chapter.featuredArticles).toEqual([article.id])
    expect(article.chapter).toBe(chapter.id)

    // The new period of each series exists as an empty draft dataset.
    const next = (await ctx.payload.find({ collection: 'datasets', depth: 0, draft: true, where: { period: { equals: String(to) } } })).docs
    const vwNext = next.find((dataset) => dataset.series === 'vw-twice')
    expect(vwNext).toMatchObject({ _status: 'draft', series: 'vw-twice', slug: `vw-twice-${to}` })
    expect(next.find((dataset) => dataset.series === 'vte-twice')).toBeDefined()
    expect((await ctx.payload.count({ collection: 'dataset-records', where: { dataset: { equals: vwNext?.id } } })).totalDocs).toBe(0)

    // Same text, same keys, next periods: the change's window moved along, the series grew by a year.
    const figures = chapter.keyFigures ?? []
    expect(figures.map((figure) => figure.shown)).toEqual(['104', '+26', '14,20'])
    const awaited = figures.map((figure) => (figure.awaitingData as { records: { key: string; period: string }[] }).records.map((entry) => `${entry.key}@${entry.period}`))
    expect(awaited).toEqual([
      [`vragen.totaal@${to}`],
      [`vragen.totaal@${to}`, `vragen.totaal@${source.from}`],
      [`vte@${source.from - 1}`, `vte@${source.from}`, `vte@${to}`],
    ])
    expect(figures.every((figure) => figure.record == null && (figure.operands ?? []).length === 0)).toBe(true)
    expect(chapter.figureCheck?.status).toBe('awaiting')

    // The check lists exactly the figures the editors must update.
    const { checkReport } = await import('@jaarverslag/key-figures')
    const { keyFigures } = await import('../../src/plugins')
    const check = await checkReport(result.report.slug, await createLocalReq({}, ctx.payload), keyFigures.options)
    expect(check.findings.map((finding) => finding.kind)).toEqual(Array(5).fill('awaiting'))
    expect(check.findings.map((finding) => finding.label).sort()).toEqual(['Meer vragen', 'Primair', 'VTE', 'Vragen', 'Vragen'])

    // Audited once, by the editor.
    const audit = await ctx.payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'reportRolledForward' } }, { documentId: { equals: String(result.report.id) } }] } })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0].userLabel).toContain('rf-editor@test.local')

    const before = await dump()
    const again = await roll(source.report.slug as string, to)
    expect(again.status).toBe('exists')
    expect(again.report.id).toBe(result.report.id)
    expect(again.message.nl).toContain('er is niets gewijzigd')
    expect(await dump()).toEqual(before)
  })

  it('never touches the source report, its documents or its datasets (full dump before and after)', async () => {
    const source = await createSource('source')
    const ids = {
      chapters: [source.chapter.id],
      datasets: [...Object.values(source.vw.datasets), ...Object.values(source.vte.datasets)].map((dataset) => dataset.id),
      'dataset-records': [...Object.values(source.vw.records), ...Object.values(source.vte.records)].flatMap((byKey) => Object.values(byKey).map((record) => record.id)),
      'featured-articles': [source.article.id],
      reports: [source.report.id],
    }
    const before = only(await dump(), ids)
    expect(before.chapters).toHaveLength(1)
    await roll(source.report.slug as string, source.from + 1)
    expect(only(await dump(), ids)).toEqual(before)
  })

  it('leaves nothing behind when it fails in the middle', async () => {
    const source = await createSource('failing')
    const before = await dump()
    let writes = 0
    const failure = await roll(source.report.slug as string, source.from + 1, {
      afterWrite: ({ collection }) => {
        // The report and the new datasets are written by now: fail on the chapter.
        if (++writes === 4) throw new Error(`injected failure after ${collection}`)
      },
    }).catch((error: unknown) => error)
    expect(String(failure)).toContain('injected failure after chapters')
    expect(writes).toBe(4)
    expect(await dump()).toEqual(before)
  })

  it('binds a copied figure at once when the next period already holds its record', async () => {
    const source = await createSource('existing')
    const to = source.from + 1
    const dataset = await ctx.payload.create({ collection: 'datasets', data: { _status: 'published', period: String(to), series: 'vw-existing', slug: `vw-existing-${to}`, title: 'vw next' } })
    const record = await ctx.payload.create({ collection: 'dataset-records', data: { dataset: dataset.id, key: 'vragen.totaal', label: 'vragen', unit: 'count', value: '104' } })
    const result = await roll(source.report.slug as string, to)
    expect(result.created.datasets).toBe(1)
    const [article] = (await ctx.payload.find({ collection: 'featured-articles', depth: 0, draft: true, where: { report: { equals: result.report.id } } })).docs
    expect(article.keyFigures?.[0]).toMatchObject({ awaitingData: null, record: record.id })
    expect(article.figureCheck?.status).toBe('ok')
  })

  it('refuses to publish a figure that awaits data', async () => {
    const source = await createSource('gate')
    const result = await roll(source.report.slug as string, source.from + 1)
    const [chapter] = (await ctx.payload.find({ collection: 'chapters', depth: 0, draft: true, where: { report: { equals: result.report.id } } })).docs
    const refusal = await publishDocument(ctx.payload, 'chapters', { id: chapter.id }).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(ValidationError)
    expect((refusal as { findings: { kind: string }[] }).findings.map((finding) => finding.kind)).toContain('awaiting')
  })

  it('refuses to publish a change whose earlier period is unpublished', async () => {
    const series = await createSeries('vw-unpublished', {
      '2040': [{ key: 'vragen.totaal', unit: 'count', value: '78' }],
      '2041': [{ key: 'vragen.totaal', unit: 'count', value: '104' }],
    }, { draft: ['2040'] })
    const report = await publishDocument<Report>(ctx.payload, 'reports', { data: { organisation: 'Socius', sections: [{ key: 'cijfers', title: 'Cijfers' }], slug: 'verslag-unpublished-2041', title: 'Jaarverslag 2041', year: 2041 } })
    const figure = { label: 'Meer vragen', operands: [series.records['2041']['vragen.totaal'].id, series.records['2040']['vragen.totaal'].id], operation: 'change', shown: '+26', unit: 'count' }
    const refusal = await publishDocument(ctx.payload, 'chapters', { data: { keyFigures: [figure], report: report.id, section: 'cijfers', title: 'Vergelijking' } }).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(ValidationError)
    expect(JSON.stringify((refusal as { findings: unknown }).findings)).toContain(`dataset vw-unpublished-2040 is niet gepubliceerd`)
    // Once the earlier period is published, the same chapter publishes.
    await publishDocument(ctx.payload, 'datasets', { id: series.datasets['2040'].id })
    const published = await publishDocument<Chapter>(ctx.payload, 'chapters', { data: { keyFigures: [figure], report: report.id, section: 'cijfers', title: 'Vergelijking' } })
    expect(published.figureCheck?.status).toBe('ok')
  })

  it('over HTTP: editors roll forward (201, then 200 "exists"), authors get 403, a bad year is a 400 naming it', async () => {
    const source = await createSource('http')
    const to = source.from + 1
    expect((await author.rest('/roll-forward', { body: { from: source.report.slug, year: to }, method: 'POST' })).status).toBe(403)
    const bad = await editor.rest('/roll-forward', { body: { from: source.report.slug, year: 'volgend jaar' }, method: 'POST' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0].path).toBe('year')
    const earlier = await editor.rest('/roll-forward', { body: { from: source.report.slug, year: source.from - 1 }, method: 'POST' })
    expect(earlier.status).toBe(400)
    expect((await editor.rest('/roll-forward', { body: { from: 'bestaat-niet', year: to }, method: 'POST' })).status).toBe(404)
    const created = await editor.rest('/roll-forward', { body: { from: source.report.slug, year: to }, method: 'POST' })
    expect(created.status).toBe(201)
    expect(created.body.report.slug).toBe(`verslag-http-${to}`)
    const again = await editor.rest('/roll-forward', { body: { from: source.report.slug, year: to }, method: 'POST' })
    expect(again.status).toBe(200)
    expect(again.body.status).toBe('exists')
  })
})

describe('filling the new year', () => {
  const upload = async (slug: string, csv: string) => {
    const form = new FormData()
    form.append('file', new Blob([csv]), `${slug}.csv`)
    form.append('_payload', JSON.stringify({ dryRun: false }))
    const response = await fetch(`${server.url}/api/key-figures/datasets/${slug}/import`, {
      body: form,
      headers: { Authorization: `JWT ${editor.token}` },
      method: 'POST',
    })
    return { body: (await response.json()) as any, status: response.status }
  }

  it('an import of the new period binds the figures that awaited it: ok or mismatch, the rest keeps waiting', async () => {
    const source = await createSource('fill')
    const to = source.from + 1
    const result = await roll(source.report.slug as string, to)
    const csv = ['key,label,value,unit', 'vragen.totaal,Vragen,130,count'].join('\n')
    const imported = await upload(`vw-fill-${to}`, csv)
    expect(imported.status).toBe(200)

    // The empty period was never published: its first import publishes it.
    const [dataset] = (await ctx.payload.find({ collection: 'datasets', depth: 0, where: { slug: { equals: `vw-fill-${to}` } } })).docs
    expect(dataset._status).toBe('published')

    const [chapter] = (await ctx.payload.find({ collection: 'chapters', depth: 0, draft: true, where: { report: { equals: result.report.id } } })).docs
    const [vragen, change, vte] = chapter.keyFigures ?? []
    // "104" was last year's number: now a mismatch against 130; "+26" still holds (130 - 104).
    expect(vragen).toMatchObject({ awaitingData: null })
    expect(change).toMatchObject({ awaitingData: null })
    expect((change.operands ?? []).length).toBe(2)
    expect(vte.awaitingData).not.toBeNull()
    expect(chapter.figureCheck?.status).toBe('mismatch')
    const kinds = Object.fromEntries(((chapter.figureCheck?.findings ?? []) as { label: string; kind: string }[]).map((finding) => [finding.label, finding.kind]))
    // The inline "Primair" keeps waiting: the file brought no vragen.primair.
    expect(kinds).toEqual({ Primair: 'awaiting', VTE: 'awaiting', Vragen: 'mismatch' })
    const [article] = (await ctx.payload.find({ collection: 'featured-articles', depth: 0, draft: true, where: { report: { equals: result.report.id } } })).docs
    expect(article.figureCheck?.status).toBe('mismatch')

    // Correcting the text makes the figure ok, with the comparison naming both periods.
    const fixed = await ctx.payload.update({ collection: 'featured-articles', data: { keyFigures: [{ ...article.keyFigures?.[0], shown: '130' }] } as never, depth: 0, draft: true, id: article.id })
    expect(fixed.figureCheck?.status).toBe('ok')
    const read = await editor.rest(`/chapters/${chapter.id}?draft=true&depth=0`)
    expect(read.body.keyFigures[1].resolved.periods).toEqual({ comparedWith: String(source.from), values: [{ period: String(to), value: '130' }, { period: String(source.from), value: '104' }] })
    expect(read.body.keyFigures[1].resolved.matches).toBe(true)
  })
})

describe('existing datasets become series of one period (the migration step)', () => {
  it('gives every dataset without a series its slug without the period, on the document and its versions, and changes nothing else', async () => {
    const { datasetsIntoSeries } = await import('../../src/migrations/steps/datasetsIntoSeries')
    // Written past the hooks, as a dataset stored before series existed.
    const old = await ctx.payload.db.create({ collection: 'datasets', data: { _status: 'published', period: '2019', slug: 'oud-2019', title: 'Oud 2019' } })
    await ctx.payload.db.createVersion({
      autosave: false,
      collectionSlug: 'datasets',
      createdAt: new Date().toISOString(),
      parent: old.id,
      updatedAt: new Date().toISOString(),
      versionData: { _status: 'published', period: '2019', slug: 'oud-2019', title: 'Oud 2019' } as never,
    })
    const plain = await ctx.payload.db.create({ collection: 'datasets', data: { _status: 'published', period: null, slug: 'zonder-periode', title: 'Zonder periode' } })
    const before = (await ctx.payload.db.findOne({ collection: 'datasets', where: { id: { equals: old.id } } })) as Record<string, unknown>
    expect(before.series ?? null).toBeNull()
    const req = await createLocalReq({}, ctx.payload)
    const changed = await datasetsIntoSeries({ payload: ctx.payload, req })
    expect(changed).toBe(2)
    const after = (await ctx.payload.db.findOne({ collection: 'datasets', where: { id: { equals: old.id } } })) as Record<string, unknown>
    expect(after).toEqual({ ...before, series: 'oud' })
    expect(((await ctx.payload.db.findOne({ collection: 'datasets', where: { id: { equals: plain.id } } })) as Record<string, unknown>).series).toBe('zonder-periode')
    const { docs: versions } = await ctx.payload.db.findVersions({ collection: 'datasets', where: { parent: { equals: old.id } } })
    expect(versions.map((version) => (version.version as { series?: string }).series)).toEqual(['oud'])
    // A second run finds nothing to do.
    expect(await datasetsIntoSeries({ payload: ctx.payload, req })).toBe(0)
  })
})

describe('npm run report:rollforward', () => {
  const runCli = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'scripts/report-rollforward.ts', ...args], {
        env: { ...process.env, DATABASE_URL: ctx.database.url, NODE_OPTIONS: '--no-deprecation' },
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk) => (stdout += chunk))
      child.stderr.on('data', (chunk) => (stderr += chunk))
      child.on('close', (code) => resolve({ code, stderr, stdout }))
    })

  it('creates next year\'s report, then says it exists and changes nothing; bad arguments exit 2 with the usage', async () => {
    const source = await createSource('cli')
    const to = source.from + 1
    const first = await runCli(['--from', source.report.slug as string, '--year', String(to)])
    expect({ stderr: first.stderr.slice(-2000), stdout: first.stdout }).toMatchObject({ stdout: expect.stringContaining(`Jaarverslag ${to} aangemaakt uit Jaarverslag ${source.from}`) })
    expect(first.code).toBe(0)
    const before = await dump()
    const second = await runCli(['--from', source.report.slug as string, '--year', String(to), '--json'])
    expect(second.code).toBe(0)
    expect(JSON.parse(second.stdout).status).toBe('exists')
    expect(await dump()).toEqual(before)
    const bad = await runCli(['--from', source.report.slug as string, '--year', 'volgend'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--year moet een jaar zijn')
    const unknown = await runCli(['--from', 'bestaat-niet', '--year', String(to)])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Jaarverslag "bestaat-niet" bestaat niet')
  }, 120_000)
})
