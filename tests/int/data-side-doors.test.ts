/**
 * Data that published figures use cannot be read, changed or printed through a side door
 * (issue 14, items 5-8): records are as public as their dataset, a record save that breaks a
 * footing rule says so, figure texts are judged as printed, and record values have one reader.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'

import type { Chapter, DatasetRecord, Report } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { readValue } from '../../src/plugins/key-figures/import'
import { checkReport } from '@jaarverslag/key-figures'
import { keyFigures } from '../../src/plugins'
import { createDataset, createReport, derivedFigure, paragraphWithFigures, recordFigure } from '../helpers/figures'
import { client, type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

type Id = number | string

let ctx: TestContext
let server: TestServer
let editor: Client
let anonymous: Client
let report: Report

/** What a test made, removed after it (documents first, then records, then datasets). */
let made: { collection: 'chapters' | 'dataset-records' | 'datasets'; id: Id }[] = []
const ORDER = { chapters: 0, 'dataset-records': 1, datasets: 2 } as const

let counter = 0
const unique = (name: string) => `${name}-${++counter}`

const dataset = async (spec: Parameters<typeof createDataset>[1]) => {
  const created = await createDataset(ctx.payload, spec)
  made.push({ collection: 'datasets', id: created.dataset.id })
  for (const record of Object.values(created.records)) made.push({ collection: 'dataset-records', id: record.id })
  return created
}

const chapter = async (data: Partial<Chapter>, { published }: { published: boolean }) => {
  const base = { report: report.id, section: 'cijfers', title: unique('Hoofdstuk'), ...data }
  const created = published
    ? await publishDocument<Chapter>(ctx.payload, 'chapters', { data: base })
    : ((await ctx.payload.create({ collection: 'chapters', data: base as never, depth: 0, draft: true })) as Chapter)
  made.push({ collection: 'chapters', id: created.id })
  return created
}

const footingRule = async (datasetId: Id, label: string, total: DatasetRecord, parts: DatasetRecord[]) =>
  ctx.payload.update({ collection: 'datasets', data: { footingRules: [{ label, parts: parts.map((part) => part.id), total: total.id }] }, id: datasetId })

const reportCheck = async () => {
  const options = keyFigures.options
  const { createLocalReq } = await import('payload')
  return checkReport(report.slug as string, await createLocalReq({}, ctx.payload), options)
}

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  await createUsers(ctx.payload, 'sd')
  editor = await login(server, 'sd-editor@test.local', TEST_PASSWORD)
  anonymous = client(server)
  report = await createReport(ctx.payload)
})

afterEach(async () => {
  const context = { 'keyFigures:skipStaleFlagging': true }
  for (const { collection, id } of made.sort((a, b) => ORDER[a.collection] - ORDER[b.collection])) {
    if (collection === 'datasets') await ctx.payload.update({ collection, context, data: { footingRules: [] }, id }).catch(() => undefined)
  }
  for (const { collection, id } of made) await ctx.payload.delete({ collection, context, id }).catch(() => undefined)
  made = []
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe('records are as public as their dataset', () => {
  it('anonymous readers get no records of a dataset that was never published, through REST', async () => {
    const { dataset: draft, records } = await dataset({
      published: false,
      records: [{ key: 'geheim', label: 'Nog niet publiek', unit: 'count', value: '4711' }],
      slug: unique('concept-set'),
    })
    const list = await anonymous.rest(`/dataset-records?where[dataset][equals]=${draft.id}&depth=0`)
    expect(list.status).toBe(200)
    expect(list.body.docs).toEqual([])
    expect((await anonymous.rest(`/dataset-records?limit=0&depth=0&where[value][equals]=4711`)).body.docs).toEqual([])
    expect([403, 404]).toContain((await anonymous.rest(`/dataset-records/${records.geheim.id}`)).status)

    const asEditor = await editor.rest(`/dataset-records?where[dataset][equals]=${draft.id}&depth=0`)
    expect(asEditor.body.docs.map((doc: DatasetRecord) => doc.value)).toEqual(['4711'])
  })

  it('anonymous readers get no records of a dataset that was never published, through GraphQL', async () => {
    const { dataset: draft, records } = await dataset({
      published: false,
      records: [{ key: 'geheim', label: 'Nog niet publiek', unit: 'count', value: '4712' }],
      slug: unique('concept-set'),
    })
    const list = await anonymous.graphql(`query { DatasetRecords(where: { dataset: { equals: ${JSON.stringify(draft.id)} } }) { docs { value } } }`)
    expect(list.body.data.DatasetRecords.docs).toEqual([])
    const one = await anonymous.graphql(`query { DatasetRecord(id: ${JSON.stringify(records.geheim.id)}) { value } }`)
    expect(one.body.data?.DatasetRecord ?? null).toBeNull()

    const asEditor = await editor.graphql(`query { DatasetRecords(where: { dataset: { equals: ${JSON.stringify(draft.id)} } }) { docs { value } } }`)
    expect(asEditor.body.data.DatasetRecords.docs).toEqual([{ value: '4712' }])
  })

  it('records of a published dataset with a pending draft stay readable, also through its records join', async () => {
    const { dataset: published, records } = await dataset({
      records: [{ key: 'publiek', label: 'Publiek', unit: 'count', value: '86' }],
      slug: unique('publieke-set'),
    })
    await ctx.payload.update({ collection: 'datasets', data: { title: 'Nieuwe titel in een concept' }, draft: true, id: published.id })

    const list = await anonymous.rest(`/dataset-records?where[dataset][equals]=${published.id}&depth=0`)
    expect(list.body.docs.map((doc: DatasetRecord) => doc.id)).toEqual([records.publiek.id])
    const withJoin = await anonymous.rest(`/datasets/${published.id}?depth=1`)
    expect(withJoin.status).toBe(200)
    expect(withJoin.body.records.docs.map((doc: DatasetRecord) => doc.value)).toEqual(['86'])
    const gql = await anonymous.graphql(`query { Dataset(id: ${JSON.stringify(published.id)}) { records { docs { value } } } }`)
    expect(gql.body.data.Dataset.records.docs).toEqual([{ value: '86' }])
  })

  it('a published document read with depth does not populate records of an unpublished dataset, and resolves no value from them', async () => {
    const { dataset: data, records } = await dataset({
      records: [{ key: 'vragen', label: 'Vragen volgens het CRM', unit: 'count', value: '104' }],
      slug: unique('vragen'),
    })
    const published = await chapter({ keyFigures: [recordFigure('Ontvangen vragen', '104', 'count', records.vragen)] }, { published: true })
    // A side door that left the dataset unpublished under a published figure (the unpublish guard
    // refuses the front door): straight through the database adapter.
    await ctx.payload.db.updateOne({ collection: 'datasets', data: { _status: 'draft' }, id: data.id, returning: false })

    const rest = await anonymous.rest(`/chapters/${published.id}?depth=1`)
    expect(rest.status).toBe(200)
    const row = rest.body.keyFigures[0]
    expect(row.record).toBe(records.vragen.id)
    expect(row.resolved).toMatchObject({ matches: false, value: null, formatted: null, source: { dataset: null, records: [] } })
    expect(JSON.stringify(rest.body)).not.toContain('Vragen volgens het CRM')

    const gql = await anonymous.graphql(`query { Chapter(id: ${JSON.stringify(published.id)}) { keyFigures { record { value } resolved } } }`)
    expect(gql.body.data.Chapter.keyFigures[0].record).toBeNull()
    expect(gql.body.data.Chapter.keyFigures[0].resolved).toMatchObject({ value: null, source: { records: [] } })
  })

  it('a footing rule of a published dataset does not populate a record of an unpublished one', async () => {
    const { records: hidden } = await dataset({ published: false, records: [{ key: 'verborgen', label: 'Verborgen', unit: 'count', value: '10' }], slug: unique('verborgen') })
    const { dataset: open, records } = await dataset({ records: [{ key: 'deel', label: 'Deel', unit: 'count', value: '10' }], slug: unique('open') })
    await footingRule(open.id, 'Kruisverwijzing', hidden.verborgen, [records.deel])

    const rest = await anonymous.rest(`/datasets/${open.id}?depth=1`)
    expect(rest.body.footingRules[0].total).toBe(hidden.verborgen.id)
    expect(rest.body.footingRules[0].parts[0]).toMatchObject({ id: records.deel.id, value: '10' })
  })
})

describe('a record save that breaks a footing rule is accepted, and reported', () => {
  const participants = async () => {
    const created = await dataset({
      records: [
        { key: 'totaal', label: 'Totaal', unit: 'count', value: '1540' },
        { key: 'offline', label: 'Offline', unit: 'count', value: '800' },
        { key: 'online', label: 'Online', unit: 'count', value: '740' },
      ],
      slug: unique('deelnemers-per-vorm'),
    })
    await footingRule(created.dataset.id, 'Deelnemers per vorm', created.records.totaal, [created.records.offline, created.records.online])
    return created
  }

  it('answers the REST save with the failing rule, its total and its sum; a second save that corrects the total answers with none', async () => {
    const { dataset: data, records } = await participants()
    const broken = await editor.rest(`/dataset-records/${records.online.id}`, { body: { value: '800' }, method: 'PATCH' })
    expect(broken.status).toBe(200)
    expect(broken.body.doc.value).toBe('800')
    expect(broken.body.doc.footing).toEqual([
      expect.objectContaining({
        expected: '1.600',
        expectedValue: '1600',
        kind: 'footing',
        label: 'Deelnemers per vorm',
        shown: '1.540',
        shownValue: '1540',
        source: expect.objectContaining({ dataset: data.slug }),
      }),
    ])
    expect(broken.body.doc.footing[0].message.nl).toContain('som van de delen = 1.600')

    const corrected = await editor.rest(`/dataset-records/${records.totaal.id}`, { body: { value: '1600' }, method: 'PATCH' })
    expect(corrected.status).toBe(200)
    expect(corrected.body.doc.footing).toEqual([])
    expect((await editor.rest(`/dataset-records/${records.totaal.id}`)).body.footing ?? null).toBeNull()
  })

  it('answers the GraphQL save the same way', async () => {
    const { records } = await participants()
    const response = await editor.graphql(`mutation { updateDatasetRecord(id: ${JSON.stringify(records.online.id)}, data: { value: "741" }) { value footing } }`)
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.updateDatasetRecord.footing).toEqual([expect.objectContaining({ expectedValue: '1541', label: 'Deelnemers per vorm', shownValue: '1540' })])
  })

  it('writes the failing rule to the audit log with the change', async () => {
    const { records } = await participants()
    await editor.rest(`/dataset-records/${records.offline.id}`, { body: { value: '799' }, method: 'PATCH' })
    const { docs } = await ctx.payload.find({
      collection: 'audit-log',
      limit: 1,
      sort: '-createdAt',
      where: { and: [{ collectionSlug: { equals: 'dataset-records' } }, { documentId: { equals: String(records.offline.id) } }] },
    })
    expect(docs[0].summary).toContain('Gewijzigd: value')
    expect(docs[0].summary).toContain('Voettelling "Deelnemers per vorm"')
    expect(docs[0].findings).toEqual([expect.objectContaining({ expectedValue: '1539', kind: 'footing', label: 'Deelnemers per vorm', shownValue: '1540' })])
  })

  it('is listed by the Publicatiecontrole, also when no document of the report uses the dataset, until it adds up again', async () => {
    const { dataset: data, records } = await participants()
    await editor.rest(`/dataset-records/${records.online.id}`, { body: { value: '741' }, method: 'PATCH' })
    const listed = (await reportCheck()).findings.filter((finding) => finding.kind === 'footing' && finding.source.dataset === data.slug)
    expect(listed).toEqual([
      expect.objectContaining({ collection: 'datasets', expectedValue: '1541', id: null, label: 'Deelnemers per vorm', shownValue: '1540', title: data.slug }),
    ])

    await editor.rest(`/dataset-records/${records.online.id}`, { body: { value: '740' }, method: 'PATCH' })
    expect((await reportCheck()).findings.filter((finding) => finding.source.dataset === data.slug)).toEqual([])
  })

  it('says nothing about footing for a save that does not change the value', async () => {
    const { records } = await participants()
    const response = await editor.rest(`/dataset-records/${records.online.id}`, { body: { label: 'Online deelnemers' }, method: 'PATCH' })
    expect(response.status).toBe(200)
    expect(response.body.doc.value).toBe('740')
    expect(response.body.doc.footing ?? null).toBeNull()
  })
})

describe('a figure text is judged as printed', () => {
  const counts = async () =>
    dataset({
      records: [
        { key: 'deelnemers', label: 'Deelnemers', unit: 'count', value: '171' },
        { key: 'dit-jaar', label: 'Dit jaar', unit: 'count', value: '200' },
        { key: 'vorig-jaar', label: 'Vorig jaar', unit: 'count', value: '161' },
      ],
      slug: unique('tellingen'),
    })

  it.each([
    ['a leading zero', '0171', '171'],
    ['a plus sign on a count that is not a change', '+171', '171'],
    ['a space inside the number', '1 71', '171'],
  ])('refuses to publish %s through REST, saying what is printed and what it would be', async (_what, shown, printed) => {
    const { records } = await counts()
    const draft = await chapter({ keyFigures: [recordFigure('Deelnemers', shown, 'count', records.deelnemers)] }, { published: false })
    const response = await editor.rest(`/chapters/${draft.id}`, { body: { _status: 'published', workflowStage: 'approved' }, method: 'PATCH' })
    expect(response.status).toBe(400)
    const [finding] = response.body.errors[0].data.findings
    expect(finding).toMatchObject({ kind: 'unreadable', shown, expected: '171' })
    expect(finding.message.nl).toContain(`"${shown}"`)
    expect(finding.message.nl).toContain(`correct gedrukt is dat "${printed}"`)
    expect(response.body.errors[0].data.errors).toEqual([{ message: expect.stringContaining(`"${shown}"`), path: 'keyFigures.0.shown' }])
    expect((await ctx.payload.findByID({ collection: 'chapters', id: draft.id })).figureCheck?.status).toBe('mismatch')
  })

  it('refuses a plus sign on a count through GraphQL, and in the admin live check', async () => {
    const { records } = await counts()
    const draft = await chapter({ keyFigures: [recordFigure('Deelnemers', '+171', 'count', records.deelnemers)] }, { published: false })
    const response = await editor.graphql(`mutation { updateChapter(id: ${JSON.stringify(draft.id)}, data: { _status: published, workflowStage: approved }) { id } }`)
    expect(response.body.errors?.[0]?.message ?? '').toContain('+171')

    const live = await editor.rest('/key-figures/evaluate', {
      body: { figures: [{ label: 'Deelnemers', operation: 'record', path: 'keyFigures.0', record: records.deelnemers.id, shown: '+171', unit: 'count' }] },
      method: 'POST',
    })
    expect(live.body.results[0]).toMatchObject({ expected: '171', status: 'unreadable' })
  })

  it('publishes a change printed with its plus sign', async () => {
    const { records } = await counts()
    const published = await chapter(
      { keyFigures: [derivedFigure('Meer deelnemers dan vorig jaar', '+39', 'count', 'difference', [records['dit-jaar'], records['vorig-jaar']])] },
      { published: true },
    )
    expect(published._status).toBe('published')
  })

  it('trims the spaces around a figure text before saving, on figure cards and inline figures', async () => {
    const { records } = await counts()
    const response = await editor.rest('/chapters?draft=true', {
      body: {
        body: paragraphWithFigures(['Er waren ', { label: 'Deelnemers', operation: 'record', record: records.deelnemers.id, shown: ' 171\u00A0', unit: 'count' }, ' deelnemers.']),
        keyFigures: [recordFigure('Deelnemers', '  171 ', 'count', records.deelnemers)],
        report: report.id,
        section: 'cijfers',
        title: unique('Spaties'),
      },
      method: 'POST',
    })
    expect(response.status).toBe(201)
    made.push({ collection: 'chapters', id: response.body.doc.id })
    const stored = await ctx.payload.findByID({ collection: 'chapters', context: { 'keyFigures:skipResolve': true }, depth: 0, draft: true, id: response.body.doc.id })
    expect(stored.keyFigures?.[0].shown).toBe('171')
    const inline = JSON.stringify(stored.body)
    expect(inline).toContain('"shown":"171"')
    expect(stored.figureCheck?.status).toBe('ok')
  })
})

describe('record values: one reader, one rule, everywhere', () => {
  it('refuses "1.540" over REST with a 400 on the field value that says why, and writes nothing', async () => {
    const { dataset: data } = await dataset({ records: [], slug: unique('waarden') })
    const response = await editor.rest('/dataset-records', { body: { dataset: data.id, key: 'dubbelzinnig', label: 'Dubbelzinnig', unit: 'decimal', value: '1.540' }, method: 'POST' })
    expect(response.status).toBe(400)
    const [error] = response.body.errors[0].data.errors
    expect(error.path).toBe('value')
    expect(error.message).toContain('"1.540"')
    expect(error.message).toContain('1540')
    expect(error.message).toContain('1.54')
    expect((await ctx.payload.count({ collection: 'dataset-records', where: { dataset: { equals: data.id } } })).totalDocs).toBe(0)
  })

  it('refuses "1,540" through GraphQL', async () => {
    const { dataset: data } = await dataset({ records: [], slug: unique('waarden') })
    const response = await editor.graphql(
      `mutation { createDatasetRecord(data: { dataset: ${JSON.stringify(data.id)}, key: "dubbelzinnig", label: "Dubbelzinnig", unit: decimal, value: "1,540" }) { id value } }`,
    )
    expect(response.body.data?.createDatasetRecord ?? null).toBeNull()
    expect(JSON.stringify(response.body.errors)).toContain('1,540')
  })

  it('stores "-0" as 0, and reads a JSON number exactly', async () => {
    const { dataset: data, records } = await dataset({ records: [{ key: 'nul', label: 'Nul', unit: 'decimal', value: '5' }], slug: unique('waarden') })
    const zero = await editor.rest(`/dataset-records/${records.nul.id}`, { body: { value: '-0' }, method: 'PATCH' })
    expect(zero.body.doc.value).toBe('0')
    const number = await editor.rest('/dataset-records', { body: { dataset: data.id, key: 'getal', label: 'Getal', unit: 'decimal', value: 1.54 }, method: 'POST' })
    expect(number.status).toBe(201)
    made.push({ collection: 'dataset-records', id: number.body.doc.id })
    expect(number.body.doc.value).toBe('1.54')
  })

  it('keeps a stored value as it is when a save leaves it alone', async () => {
    const { records } = await dataset({ records: [{ key: 'oud', label: 'Oud', unit: 'decimal', value: '7' }], slug: unique('waarden') })
    // A value stored before this rule (REST once kept "1.540" as 1.54): straight through the adapter.
    await ctx.payload.db.updateOne({ collection: 'dataset-records', data: { value: '1.540' }, id: records.oud.id, returning: false })
    const response = await editor.rest(`/dataset-records/${records.oud.id}`, { body: { label: 'Oud record', value: '1.540' }, method: 'PATCH' })
    expect(response.status).toBe(200)
    expect(response.body.doc.value).toBe('1.540')
  })

  it.each([
    ['1540', 'count'],
    ['1.540', 'count'],
    ['1,540', 'decimal'],
    ['-0', 'decimal'],
    ['-0.00', 'euro'],
    ['0171', 'count'],
    ['+39', 'score'],
    ['1,552,000.00', 'euro'],
    ['1.552.000,00 €', 'euro'],
    ['01.552.000,00 €', 'euro'],
    ['82%', 'percent'],
    ['720u45', 'duration'],
    ['.5', 'decimal'],
    ['abc', 'count'],
  ] as const)('a REST save of %p (%s) has the outcome of the import', async (text, unit) => {
    const { dataset: data } = await dataset({ records: [], slug: unique('zelfde-regel') })
    const imported = readValue(text, unit)
    const response = await editor.rest('/dataset-records', { body: { dataset: data.id, key: 'waarde', label: 'Waarde', unit, value: text }, method: 'POST' })
    if (response.status === 201) made.push({ collection: 'dataset-records', id: response.body.doc.id })
    if (imported.ok) {
      expect({ status: response.status, value: response.body.doc?.value }).toEqual({ status: 201, value: imported.value })
    } else {
      expect({ status: response.status, path: response.body.errors?.[0]?.data?.errors?.[0]?.path }).toEqual({ status: 400, path: 'value' })
      expect(response.body.errors[0].data.errors[0].message).toBe(imported.message.nl)
    }
  })
})
