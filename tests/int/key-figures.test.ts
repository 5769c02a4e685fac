import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ValidationError } from 'payload'

import type { Chapter, DatasetRecord, Report } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { createDataset, createReport, derivedFigure, paragraphWithFigures, recordFigure } from '../helpers/figures'
import { client, type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let server: TestServer
let editor: Client
let author: Client
let report: Report
let r: Record<string, DatasetRecord>

const figure = recordFigure
const derived = derivedFigure

let counter = 0
const draftChapter = (data: Partial<Chapter> = {}) =>
  ctx.payload.create({
    collection: 'chapters',
    data: { report: report.id, section: 'cijfers', title: `Hoofdstuk ${++counter}`, ...data } as never,
    depth: 0,
    draft: true,
  })

const publish = (id: Chapter['id'], data: Partial<Chapter> = {}) => publishDocument<Chapter>(ctx.payload, 'chapters', { data, id })

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return error as ValidationError & { findings: { kind: string; shown: string; expected: string | null; message: { nl: string; en: string } }[] }
}

const publishedCount = async (id: Chapter['id']) =>
  (await ctx.payload.count({ collection: 'chapters', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] } })).totalDocs

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  await createUsers(ctx.payload, 'kf')
  editor = await login(server, 'kf-editor@test.local', TEST_PASSWORD)
  author = await login(server, 'kf-author@test.local', TEST_PASSWORD)
  report = await createReport(ctx.payload)
  ;({ records: r } = await createDataset(ctx.payload, {
    records: [
      { key: 'deelnemers.totaal', label: 'Totaal aantal deelnemers', unit: 'count', value: '1540' },
      { key: 'activiteiten.totaal', label: 'Aantal activiteiten', unit: 'count', value: '86' },
      { key: 'duur.totaal', label: 'Totale duurtijd', unit: 'duration', value: '43245' },
      { key: 'tevredenheid.positief', label: 'Tevreden respondenten', unit: 'count', value: '114' },
      { key: 'tevredenheid.respondenten', label: 'Respondenten', unit: 'count', value: '171' },
      { key: 'nps', label: 'Net promotor score', unit: 'score', value: '39' },
      { key: 'subsidie', label: 'Subsidie Vlaamse Gemeenschap', unit: 'euro', value: '1552000.00' },
    ],
    slug: 'cijfers-2024',
    title: 'Kerncijfers 2024',
  }))
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe('draft saves', () => {
  it('are never blocked, and record what the check found', async () => {
    const chapter = await draftChapter({ keyFigures: [figure('Totaal aantal deelnemers', '1.541', 'count', r['deelnemers.totaal'])] })
    expect(chapter.figureCheck?.status).toBe('mismatch')
    expect(chapter.figureCheck?.figures).toBe(1)
    expect(chapter.figureCheck?.findings).toEqual([
      expect.objectContaining({ expected: '1.540', kind: 'mismatch', path: 'keyFigures.0.shown', shown: '1.541' }),
    ])
    // The figure cards are found through their own indexed columns; only inline figures' records are stored.
    expect(chapter.referencedRecords ?? []).toEqual([])
  })

  it('cannot be given a clean check by the client', async () => {
    const response = await editor.rest('/chapters?draft=true', {
      body: {
        figureCheck: { findings: [], status: 'ok' },
        keyFigures: [figure('Totaal aantal deelnemers', '1.541', 'count', r['deelnemers.totaal'])],
        report: report.id,
        section: 'cijfers',
        title: 'Vals gecontroleerd',
      },
      method: 'POST',
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.figureCheck.status).toBe('mismatch')
  })
})

describe('the publish gate', () => {
  it('refuses a mismatch through the Local API, naming label, shown, expected and source', async () => {
    const chapter = await draftChapter({ keyFigures: [figure('Totaal aantal deelnemers', '1.541', 'count', r['deelnemers.totaal'])] })
    const error = await refusal(publish(chapter.id))
    expect(error.data.errors).toEqual([{ message: expect.any(String), path: 'keyFigures.0.shown' }])
    const message = error.data.errors[0].message
    expect(message).toContain('Totaal aantal deelnemers')
    expect(message).toContain('1.541')
    expect(message).toContain('1.540')
    expect(message).toContain('cijfers-2024')
    expect(message).toContain('deelnemers.totaal')
    expect(await publishedCount(chapter.id)).toBe(0)
  })

  it('refuses a mismatch through REST with a 400 that marks the field, and publishes nothing', async () => {
    const chapter = await draftChapter({ keyFigures: [figure('NPS', '+38', 'score', r.nps)] })
    const response = await editor.rest(`/chapters/${chapter.id}`, { body: { _status: 'published' }, method: 'PATCH' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([{ message: expect.stringContaining('+39'), path: 'keyFigures.0.shown' }])
    expect(response.body.errors[0].data.findings[0]).toMatchObject({ expected: '+39', kind: 'mismatch', shown: '+38' })
    expect(await publishedCount(chapter.id)).toBe(0)
    expect((await client(server).rest(`/chapters/${chapter.id}`)).status).toBe(404)
  })

  it('refuses a mismatch through GraphQL', async () => {
    const chapter = await draftChapter({ keyFigures: [figure('Subsidie', '1.552.000,01 €', 'euro', r.subsidie)] })
    const response = await editor.graphql(`mutation { updateChapter(id: ${JSON.stringify(chapter.id)}, data: { _status: published }) { id _status } }`)
    expect(response.body.errors?.[0]?.message).toMatch(/1\.552\.000,00 €/)
    expect(await publishedCount(chapter.id)).toBe(0)
  })

  it('publishes when every figure matches, in every printed style', async () => {
    const chapter = await draftChapter({
      keyFigures: [
        figure('Totaal aantal deelnemers', '1.540', 'count', r['deelnemers.totaal']),
        figure('NPS', '+39', 'score', r.nps),
        figure('Totale duurtijd', '720u45', 'duration', r['duur.totaal']),
        figure('Subsidie', '1.552.000,00 €', 'euro', r.subsidie),
        figure('Subsidie (euroteken vooraan)', '€ 1.552.000', 'euro', r.subsidie),
      ],
    })
    const published = await publish(chapter.id)
    expect(published._status).toBe('published')
    expect(published.figureCheck?.status).toBe('ok')
    expect(published.figureCheck?.findings).toEqual([])
  })

  it('publishes through REST too, and anonymous readers then see the figures', async () => {
    const chapter = await draftChapter({ keyFigures: [figure('Aantal activiteiten', '86', 'count', r['activiteiten.totaal'])] })
    // An editor approves and publishes in one save (the workflow requires the approval).
    expect((await editor.rest(`/chapters/${chapter.id}`, { body: { _status: 'published', workflowStage: 'approved' }, method: 'PATCH' })).status).toBe(200)
    const read = await client(server).rest(`/chapters/${chapter.id}?depth=0`)
    expect(read.body.keyFigures[0]).toMatchObject({ label: 'Aantal activiteiten', shown: '86' })
  })

  it('refuses an unreadable figure with the reason, instead of reading it as zero', async () => {
    const chapter = await draftChapter({ keyFigures: [figure('Deelnemers', '1.54O', 'count', r['deelnemers.totaal'])] })
    const error = await refusal(publish(chapter.id))
    expect(error.findings[0]).toMatchObject({ kind: 'unreadable', shown: '1.54O' })
    expect(error.findings[0].message.nl).toContain('1.54O')
  })

  it('refuses a figure that is bound to nothing', async () => {
    const chapter = await draftChapter({ keyFigures: [{ label: 'Los cijfer', operation: 'record', shown: '12', unit: 'count' }] })
    const error = await refusal(publish(chapter.id))
    expect(error.findings[0]).toMatchObject({ kind: 'unresolved' })
  })

  it('refuses even a draft bound to a record that does not exist, naming the field', async () => {
    const response = await editor.rest('/chapters?draft=true', {
      body: { keyFigures: [{ label: 'Spookcijfer', operation: 'record', record: 987654, shown: '1', unit: 'count' }], report: report.id, section: 'cijfers', title: 'Spook' },
      method: 'POST',
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([{ message: expect.stringContaining('Spookcijfer'), path: 'keyFigures.0.shown' }])
  })

  it('refuses a figure whose record was deleted after the draft was saved', async () => {
    const { records } = await createDataset(ctx.payload, { records: [{ key: 'weg', label: 'Verdwijnt', unit: 'count', value: '5' }], slug: 'vergankelijk' })
    const chapter = await draftChapter({ keyFigures: [figure('Verdwijnt', '5', 'count', records.weg)] })
    await ctx.payload.delete({ collection: 'dataset-records', id: records.weg.id })
    const error = await refusal(publish(chapter.id))
    expect(error.findings[0]).toMatchObject({ kind: 'unresolved' })
  })

  it('refuses a record from a dataset that is not published', async () => {
    const { records } = await createDataset(ctx.payload, { published: false, records: [{ key: 'concept', label: 'Conceptcijfer', unit: 'count', value: '7' }], slug: 'nog-niet-klaar' })
    const chapter = await draftChapter({ keyFigures: [figure('Conceptcijfer', '7', 'count', records.concept)] })
    const error = await refusal(publish(chapter.id))
    expect(error.findings[0]).toMatchObject({ kind: 'unresolved' })
    expect(error.findings[0].message.nl).toContain('nog-niet-klaar')
  })

  it('checks the document as it will be published when only the status is sent (scheduled-publish shape)', async () => {
    const chapter = await draftChapter({ keyFigures: [figure('Deelnemers', '1.539', 'count', r['deelnemers.totaal'])] })
    await refusal(ctx.payload.update({ collection: 'chapters', data: { _status: 'published' }, id: chapter.id }))
  })

  it('also guards reports and Uitgelicht articles', async () => {
    const article = await ctx.payload.create({
      collection: 'featured-articles',
      data: { keyFigures: [figure('Deelnemers', '1.600', 'count', r['deelnemers.totaal'])], report: report.id, title: 'Uitgelicht' } as never,
      draft: true,
    })
    await refusal(ctx.payload.update({ collection: 'featured-articles', data: { _status: 'published' }, id: article.id }))
    await refusal(ctx.payload.update({ collection: 'reports', data: { keyFigures: [figure('Deelnemers', '1.600', 'count', r['deelnemers.totaal'])] } as never, id: report.id }))
  })
})

describe('inline figures in the body', () => {
  it('are checked like the figure cards, and marked on the body field', async () => {
    const body = paragraphWithFigures(['We ontvingen ', { label: 'Aantal activiteiten', operation: 'record', record: r['activiteiten.totaal'].id, shown: '87', unit: 'count' }, ' activiteiten.'])
    const chapter = await draftChapter({ body: body as never })
    expect(chapter.referencedRecords).toEqual([r['activiteiten.totaal'].id])
    const error = await refusal(publish(chapter.id))
    expect(error.data.errors).toEqual([{ message: expect.stringContaining('86'), path: 'body' }])
    expect(error.findings[0]).toMatchObject({ path: 'body#0', shown: '87' })
  })

  it('publish when they match', async () => {
    const body = paragraphWithFigures(['Samen ', { label: 'Totale duurtijd', operation: 'record', record: r['duur.totaal'].id, shown: '720u45', unit: 'duration' }, ' vorming.'])
    const chapter = await draftChapter({ body: body as never })
    expect((await publish(chapter.id)).figureCheck?.status).toBe('ok')
  })
})

describe('derived figures', () => {
  const pct = () => [r['tevredenheid.positief'], r['tevredenheid.respondenten']]

  it.each(['67%', '66%'])('accept %s for 114 of 171 (66,67%: rounded or truncated)', async (shown) => {
    const chapter = await draftChapter({ keyFigures: [derived('Tevredenheid', shown, 'percent', 'percentage', pct())] })
    expect((await publish(chapter.id))._status).toBe('published')
  })

  it('refuse 65% for 114 of 171 and say what it should be', async () => {
    const chapter = await draftChapter({ keyFigures: [derived('Tevredenheid', '65%', 'percent', 'percentage', pct())] })
    const error = await refusal(publish(chapter.id))
    expect(error.findings[0]).toMatchObject({ expected: '67%', kind: 'mismatch', shown: '65%' })
  })

  it('refuse a truncated percentage when the figure opts into strict half-up rounding', async () => {
    const chapter = await draftChapter({ keyFigures: [derived('Tevredenheid', '66%', 'percent', 'percentage', pct(), 'half-up')] })
    await refusal(publish(chapter.id))
  })

  it('compute an average duration exactly: 720u45 over 86 activities is 8u22', async () => {
    const chapter = await draftChapter({ keyFigures: [derived('Gemiddelde duur', '8u22', 'duration', 'ratio', [r['duur.totaal'], r['activiteiten.totaal']])] })
    expect((await publish(chapter.id))._status).toBe('published')
  })

  it('compute sums exactly', async () => {
    const chapter = await draftChapter({ keyFigures: [derived('Deelnemers plus activiteiten', '1.626', 'count', 'sum', [r['deelnemers.totaal'], r['activiteiten.totaal']])] })
    expect((await publish(chapter.id))._status).toBe('published')
  })
})

describe('footing rules', () => {
  it('block publishing any document that uses a dataset whose parts do not add up, naming total, sum and parts', async () => {
    const { dataset, records } = await createDataset(ctx.payload, {
      records: [
        { key: 'totaal', label: 'Totaal', unit: 'count', value: '1540' },
        { key: 'offline', label: 'Offline', unit: 'count', value: '800' },
        { key: 'online', label: 'Online', unit: 'count', value: '741' },
      ],
      slug: 'deelnemers-per-vorm',
    })
    await ctx.payload.update({
      collection: 'datasets',
      data: { footingRules: [{ label: 'Deelnemers per vorm', parts: [records.offline.id, records.online.id], total: records.totaal.id }] },
      id: dataset.id,
    })
    const chapter = await draftChapter({ keyFigures: [figure('Totaal', '1.540', 'count', records.totaal)] })
    const error = await refusal(publish(chapter.id))
    const footing = error.findings.find((finding) => finding.kind === 'footing')
    expect(footing).toMatchObject({ expected: '1.541', shown: '1.540' })
    expect(footing?.message.nl).toContain('Deelnemers per vorm')
    expect(footing?.message.nl).toContain('offline')
    expect(footing?.message.nl).toContain('online')
    expect(error.data.errors).toContainEqual({ message: expect.stringContaining('Deelnemers per vorm'), path: 'keyFigures' })

    await ctx.payload.update({ collection: 'dataset-records', data: { value: '740' }, id: records.online.id })
    expect((await publish(chapter.id))._status).toBe('published')
  })
})

describe('when data changes under published figures', () => {
  it('marks the published document stale with its findings, without changing its content', async () => {
    const { records } = await createDataset(ctx.payload, { records: [{ key: 'vragen', label: 'Ontvangen vragen', unit: 'count', value: '104' }], slug: 'vragen-2024' })
    const chapter = await draftChapter({ keyFigures: [figure('Ontvangen vragen', '104', 'count', records.vragen)] })
    await publish(chapter.id)

    await ctx.payload.update({ collection: 'dataset-records', data: { value: '105' }, id: records.vragen.id })
    const stale = await ctx.payload.findByID({ collection: 'chapters', depth: 0, id: chapter.id })
    expect(stale._status).toBe('published')
    expect(stale.keyFigures?.[0].shown).toBe('104')
    expect(stale.figureCheck?.status).toBe('stale')
    expect(stale.figureCheck?.findings).toEqual([expect.objectContaining({ expected: '105', kind: 'stale', shown: '104' })])

    await ctx.payload.update({ collection: 'dataset-records', data: { value: '104' }, id: records.vragen.id })
    const healed = await ctx.payload.findByID({ collection: 'chapters', depth: 0, id: chapter.id })
    expect(healed.figureCheck?.status).toBe('ok')
  })

  it('leaves documents alone when the change keeps them within tolerance', async () => {
    const { records } = await createDataset(ctx.payload, {
      records: [
        { key: 'deel', label: 'Deel', unit: 'count', value: '114' },
        { key: 'geheel', label: 'Geheel', unit: 'count', value: '171' },
      ],
      slug: 'tolerantie',
    })
    const chapter = await draftChapter({ keyFigures: [derived('Aandeel', '67%', 'percent', 'percentage', [records.deel, records.geheel])] })
    await publish(chapter.id)
    await ctx.payload.update({ collection: 'dataset-records', data: { value: '115' }, id: records.deel.id })
    expect((await ctx.payload.findByID({ collection: 'chapters', id: chapter.id })).figureCheck?.status).toBe('ok')
  })
})

describe('removing data that published figures depend on', () => {
  it('refuses to delete a record, listing the documents', async () => {
    const { records } = await createDataset(ctx.payload, { records: [{ key: 'vast', label: 'In gebruik', unit: 'count', value: '3' }], slug: 'in-gebruik' })
    const chapter = await draftChapter({ keyFigures: [figure('In gebruik', '3', 'count', records.vast)], title: 'Hoofdstuk dat ervan afhangt' })
    await publish(chapter.id)
    const response = await editor.rest(`/dataset-records/${records.vast.id}`, { method: 'DELETE' })
    expect(response.status).toBe(409)
    expect(JSON.stringify(response.body)).toContain('Hoofdstuk dat ervan afhangt')
    expect((await ctx.payload.count({ collection: 'dataset-records', where: { id: { equals: records.vast.id } } })).totalDocs).toBe(1)
  })

  it('refuses to unpublish the dataset or delete it, but allows a draft save of it', async () => {
    const { dataset, records } = await createDataset(ctx.payload, { records: [{ key: 'x', label: 'X', unit: 'count', value: '9' }], slug: 'niet-depubliceren' })
    const chapter = await draftChapter({ keyFigures: [figure('X', '9', 'count', records.x)], title: 'Afhankelijk hoofdstuk' })
    await publish(chapter.id)
    const unpublish = await editor.rest(`/datasets/${dataset.id}`, { body: { _status: 'draft' }, method: 'PATCH' })
    expect(unpublish.status).toBe(409)
    expect(JSON.stringify(unpublish.body)).toContain('Afhankelijk hoofdstuk')
    expect((await editor.rest(`/datasets/${dataset.id}`, { method: 'DELETE' })).status).toBe(409)
    const draftSave = await editor.rest(`/datasets/${dataset.id}?draft=true`, { body: { description: 'Nog een nota' }, method: 'PATCH' })
    expect(draftSave.status).toBe(200)
    expect((await ctx.payload.findByID({ collection: 'datasets', id: dataset.id }))._status).toBe('published')
  })

  it('allows deleting a record only drafts use', async () => {
    const { records } = await createDataset(ctx.payload, { records: [{ key: 'los', label: 'Los', unit: 'count', value: '1' }], slug: 'alleen-concept' })
    await draftChapter({ keyFigures: [figure('Los', '1', 'count', records.los)] })
    expect((await editor.rest(`/dataset-records/${records.los.id}`, { method: 'DELETE' })).status).toBe(200)
  })
})

describe('finding the documents that use a record, however they use it', () => {
  const inlineBody = (record: DatasetRecord, shown: string) =>
    paragraphWithFigures(['Er waren ', { label: record.label, operation: 'record', record: record.id, shown, unit: 'count' }, ' in totaal.'])

  it('an inline figure only: the record is stored in referencedRecords, a change flags the document, deleting it is refused', async () => {
    const { records } = await createDataset(ctx.payload, {
      records: [
        { key: 'inline', label: 'Alleen inline', unit: 'count', value: '12' },
        { key: 'ander', label: 'Ander record', unit: 'count', value: '5' },
      ],
      slug: 'enkel-inline',
    })
    const chapter = await draftChapter({ body: inlineBody(records.inline, '12') as never, title: 'Hoofdstuk met inline cijfer' })
    expect(chapter.referencedRecords).toEqual([records.inline.id])
    await publish(chapter.id)
    const bystander = await draftChapter({ keyFigures: [figure('Ander', '5', 'count', records.ander)] })
    await publish(bystander.id)

    await ctx.payload.update({ collection: 'dataset-records', data: { value: '13' }, id: records.inline.id })
    const stale = await ctx.payload.findByID({ collection: 'chapters', depth: 0, id: chapter.id })
    expect(stale.figureCheck?.status).toBe('stale')
    expect(stale.figureCheck?.findings).toEqual([expect.objectContaining({ expected: '13', kind: 'stale', path: 'body#0', shown: '12' })])
    expect((await ctx.payload.findByID({ collection: 'chapters', depth: 0, id: bystander.id })).figureCheck?.status).toBe('ok')

    const response = await editor.rest(`/dataset-records/${records.inline.id}`, { method: 'DELETE' })
    expect(response.status).toBe(409)
    expect(JSON.stringify(response.body)).toContain('Hoofdstuk met inline cijfer')

    // Once the published text no longer uses it, the record may go.
    await publish(chapter.id, { body: paragraphWithFigures(['Geen cijfers meer.']) as never })
    expect((await ctx.payload.findByID({ collection: 'chapters', depth: 0, id: chapter.id })).referencedRecords ?? []).toEqual([])
    expect((await editor.rest(`/dataset-records/${records.inline.id}`, { method: 'DELETE' })).status).toBe(200)
  })

  it('an operand of a derived figure card only: a change flags the document, deleting it is refused', async () => {
    const { records } = await createDataset(ctx.payload, {
      records: [
        { key: 'a', label: 'Eerste deel', unit: 'count', value: '40' },
        { key: 'b', label: 'Tweede deel', unit: 'count', value: '2' },
      ],
      slug: 'enkel-operand',
    })
    const chapter = await draftChapter({ keyFigures: [derived('Samen', '42', 'count', 'sum', [records.a, records.b])], title: 'Hoofdstuk met een som' })
    expect(chapter.referencedRecords ?? []).toEqual([])
    await publish(chapter.id)

    await ctx.payload.update({ collection: 'dataset-records', data: { value: '3' }, id: records.b.id })
    const stale = await ctx.payload.findByID({ collection: 'chapters', depth: 0, id: chapter.id })
    expect(stale.figureCheck?.status).toBe('stale')
    expect(stale.figureCheck?.findings).toEqual([expect.objectContaining({ expected: '43', kind: 'stale', shown: '42' })])

    const response = await editor.rest(`/dataset-records/${records.b.id}`, { method: 'DELETE' })
    expect(response.status).toBe(409)
    expect(JSON.stringify(response.body)).toContain('Hoofdstuk met een som')
  })

  it('a dataset change (a footing rule that fails) flags a document that uses the dataset only inline', async () => {
    const { dataset, records } = await createDataset(ctx.payload, {
      records: [
        { key: 'totaal', label: 'Totaal', unit: 'count', value: '10' },
        { key: 'deel1', label: 'Deel 1', unit: 'count', value: '6' },
        { key: 'deel2', label: 'Deel 2', unit: 'count', value: '5' },
      ],
      slug: 'footing-inline',
    })
    const chapter = await draftChapter({ body: inlineBody(records.totaal, '10') as never })
    await publish(chapter.id)
    await ctx.payload.update({
      collection: 'datasets',
      data: { footingRules: [{ label: 'Delen', parts: [records.deel1.id, records.deel2.id], total: records.totaal.id }] },
      id: dataset.id,
    })
    const stale = await ctx.payload.findByID({ collection: 'chapters', depth: 0, id: chapter.id })
    expect(stale.figureCheck?.status).toBe('stale')
    expect(stale.figureCheck?.findings).toEqual([expect.objectContaining({ expected: '11', kind: 'footing', shown: '10' })])
  })

  it('a dataset used only through an inline figure or an operand cannot be unpublished or deleted', async () => {
    const inlineData = await createDataset(ctx.payload, { records: [{ key: 'i', label: 'Inline', unit: 'count', value: '7' }], slug: 'dataset-inline' })
    const operandData = await createDataset(ctx.payload, { records: [{ key: 'o', label: 'Operand', unit: 'count', value: '8' }], slug: 'dataset-operand' })
    const inlineChapter = await draftChapter({ body: inlineBody(inlineData.records.i, '7') as never, title: 'Inline afhankelijk' })
    await publish(inlineChapter.id)
    const operandChapter = await draftChapter({
      // 86 activities from the main dataset plus 8 from this one: the dataset is only the second operand.
      keyFigures: [derived('Som', '94', 'count', 'sum', [r['activiteiten.totaal'], operandData.records.o])],
      title: 'Operand afhankelijk',
    })
    await publish(operandChapter.id)

    for (const [dataset, title] of [
      [inlineData.dataset, 'Inline afhankelijk'],
      [operandData.dataset, 'Operand afhankelijk'],
    ] as const) {
      const unpublish = await editor.rest(`/datasets/${dataset.id}`, { body: { _status: 'draft' }, method: 'PATCH' })
      expect(unpublish.status).toBe(409)
      expect(JSON.stringify(unpublish.body)).toContain(title)
      expect((await editor.rest(`/datasets/${dataset.id}`, { method: 'DELETE' })).status).toBe(409)
    }
  })
})

describe('other publish paths', () => {
  it('restoring a published version whose figures no longer match the data goes through the gate', async () => {
    const { records } = await createDataset(ctx.payload, { records: [{ key: 'leden', label: 'Leden', unit: 'count', value: '250' }], slug: 'herstel' })
    const chapter = await draftChapter({ keyFigures: [figure('Leden', '250', 'count', records.leden)] })
    await publish(chapter.id)
    const { docs } = await ctx.payload.findVersions({ collection: 'chapters', where: { and: [{ parent: { equals: chapter.id } }, { 'version._status': { equals: 'published' } }] } })
    expect(docs).toHaveLength(1)
    await ctx.payload.update({ collection: 'dataset-records', data: { value: '251' }, id: records.leden.id })
    const error = await refusal(ctx.payload.restoreVersion({ collection: 'chapters', id: docs[0].id }))
    expect(error.findings[0]).toMatchObject({ expected: '251', shown: '250' })
  })

  it('a scheduled publish of a mismatching chapter fails, and the chapter shows why', async () => {
    const chapter = await draftChapter({ keyFigures: [figure('Deelnemers', '1.541', 'count', r['deelnemers.totaal'])] })
    const job = await ctx.payload.jobs.queue({
      input: { doc: { relationTo: 'chapters', value: chapter.id }, type: 'publish' },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
    })
    await ctx.payload.jobs.run()
    const ran = await ctx.payload.findByID({ collection: 'payload-jobs', id: job.id })
    expect(ran.hasError).toBe(true)
    expect(JSON.stringify(ran.log ?? ran.error)).toContain('1.540')
    expect(await publishedCount(chapter.id)).toBe(0)
    const shown = await ctx.payload.findByID({ collection: 'chapters', draft: true, id: chapter.id })
    expect(shown.figureCheck?.status).toBe('mismatch')
    expect(shown.figureCheck?.findings).toEqual([expect.objectContaining({ expected: '1.540', shown: '1.541' })])
  })

  it('a scheduled publish of a matching chapter publishes it', async () => {
    const chapter = await draftChapter({ keyFigures: [figure('Deelnemers', '1.540', 'count', r['deelnemers.totaal'])] })
    // The workflow publishes only approved documents, also on schedule.
    await ctx.payload.update({ collection: 'chapters', data: { workflowStage: 'approved' } as never, id: chapter.id })
    await ctx.payload.jobs.queue({
      input: { doc: { relationTo: 'chapters', value: chapter.id }, type: 'publish' },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
    })
    await ctx.payload.jobs.run()
    expect(await publishedCount(chapter.id)).toBe(1)
  })
})

describe('the report-wide check', () => {
  it('lists findings in one JSON shape for editors', async () => {
    const response = await editor.rest('/key-figures/check?report=jaarverslag-2024')
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      checkedAt: expect.any(String),
      report: { slug: 'jaarverslag-2024', title: 'Jaarverslag 2024' },
      summary: { documents: expect.any(Number), figures: expect.any(Number), findings: response.body.findings.length },
    })
    const finding = response.body.findings.find((item: { shown: string }) => item.shown === '1.541')
    expect(finding).toMatchObject({
      collection: 'chapters',
      expected: '1.540',
      expectedValue: '1540',
      kind: 'mismatch',
      label: expect.any(String),
      message: { en: expect.any(String), nl: expect.any(String) },
      path: 'keyFigures.0.shown',
      shownValue: '1541',
      source: { dataset: 'cijfers-2024', operation: 'record', records: ['deelnemers.totaal'] },
      title: expect.any(String),
    })
  })

  it('is closed to authors and anonymous visitors, and says what is wrong with a bad request', async () => {
    expect((await author.rest('/key-figures/check?report=jaarverslag-2024')).status).toBe(403)
    expect((await client(server).rest('/key-figures/check?report=jaarverslag-2024')).status).toBe(403)
    expect((await editor.rest('/key-figures/check')).status).toBe(400)
    expect((await editor.rest('/key-figures/check?report=bestaat-niet')).status).toBe(404)
  })
})
