import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { APIError, createLocalReq, type Where } from 'payload'

import type { Chapter, DatasetRecord, Practice, Report, User } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { SKIP_FIGURE_CHECK } from '@jaarverslag/key-figures'
import type { SanitizedWorkflowOptions } from '@jaarverslag/publication-workflow/types'

import { keyFigures } from '../../src/plugins'
import { reportWorkflowState } from '../../src/plugins/publication-workflow/server/reportWorkflowState'
import { createDataset, recordFigure } from '../helpers/figures'
import { client, type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let server: TestServer
let users: Awaited<ReturnType<typeof createUsers>>
let as: Record<'admin' | 'anonymous' | 'author' | 'editor' | 'otherAuthor', Client>
let report: Report
let records: Record<string, DatasetRecord>
let practice: Practice

let counter = 0
/** A chapter in the given stage, owned by the author; `good` figures match the data, others do not. */
const chapter = async ({ figures = 'good', owner, stage = 'concept' }: { figures?: 'bad' | 'good'; owner?: User; stage?: string } = {}) => {
  const created = (await ctx.payload.create({
    collection: 'chapters',
    data: {
      keyFigures: [recordFigure('Deelnemers', '1.540', 'count', records.deelnemers)],
      owner: (owner ?? users.author).id,
      report: report.id,
      section: 'cijfers',
      title: `Workflow-hoofdstuk ${++counter}`,
      workflowStage: stage,
    } as never,
    depth: 0,
    draft: true,
  })) as Chapter
  if (figures === 'good') return created
  // Figures that went wrong after the document moved on (a document cannot move on with them).
  return (await ctx.payload.update({
    collection: 'chapters',
    data: { keyFigures: [recordFigure('Deelnemers', '1.541', 'count', records.deelnemers)] } as never,
    depth: 0,
    draft: true,
    id: created.id,
  })) as Chapter
}

const stored = (id: Chapter['id']) => ctx.payload.findByID({ collection: 'chapters', depth: 0, draft: true, id }) as Promise<Chapter>
const live = async (id: Chapter['id']) =>
  (await ctx.payload.count({ collection: 'chapters', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] } })).totalDocs === 1

const patch = (who: Client, id: Chapter['id'], body: Record<string, unknown>, draft = false) =>
  who.rest(`/chapters/${id}${draft ? '?draft=true' : ''}`, { body, method: 'PATCH' })

const errorOf = (response: { body: any }) => response.body.errors[0]

const auditEntries = async (id: Chapter['id'], action?: string) =>
  (
    await ctx.payload.find({
      collection: 'audit-log',
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'createdAt',
      where: { and: [{ collectionSlug: { equals: 'chapters' } }, { documentId: { equals: String(id) } }, ...(action ? [{ action: { equals: action } }] : [])] },
    })
  ).docs

const refusedLocally = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(APIError)
  return error as APIError & { data: { errors: { path: string; message: string }[] } }
}

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  users = await createUsers(ctx.payload, 'wf')
  as = {
    admin: await login(server, 'wf-admin@test.local', TEST_PASSWORD),
    anonymous: client(server),
    author: await login(server, 'wf-author@test.local', TEST_PASSWORD),
    editor: await login(server, 'wf-editor@test.local', TEST_PASSWORD),
    otherAuthor: await login(server, 'wf-author2@test.local', TEST_PASSWORD),
  }
  report = await publishDocument<Report>(ctx.payload, 'reports', {
    data: { organisation: 'Socius', sections: [{ key: 'cijfers', title: 'Cijfers' }], slug: 'workflow-2024', title: 'Workflow 2024', year: 2024 },
  })
  ;({ records } = await createDataset(ctx.payload, { records: [{ key: 'deelnemers', label: 'Deelnemers', unit: 'count', value: '1540' }], slug: 'workflow-cijfers' }))
  practice = await ctx.payload.create({ collection: 'practices', data: { _status: 'published', name: 'Buurtkeuken', recognition: 'erkend' } })
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe('the stages, step by step (REST)', () => {
  it('a new document starts as concept, owned by whoever the editor names', async () => {
    const response = await as.editor.rest('/chapters?draft=true', { body: { owner: users.author.id, report: report.id, section: 'cijfers', title: 'Nieuw' }, method: 'POST' })
    expect(response.status).toBe(201)
    expect(response.body.doc.workflowStage).toBe('concept')
    expect(response.body.doc.owner.id ?? response.body.doc.owner).toEqual(users.author.id)
  })

  it('the author sends their own concept to review, an editor approves and publishes it; each step is logged', async () => {
    const { id } = await chapter()
    const sent = await patch(as.author, id, { workflowStage: 'review' }, true)
    expect(sent.status).toBe(200)
    expect(sent.body.doc.workflowStage).toBe('review')
    expect((await patch(as.editor, id, { workflowStage: 'approved' }, true)).body.doc.workflowStage).toBe('approved')
    const published = await patch(as.editor, id, { _status: 'published' })
    expect(published.status).toBe(200)
    expect(published.body.doc).toMatchObject({ _status: 'published', workflowStage: 'published' })
    expect((await as.anonymous.rest(`/chapters/${id}`)).status).toBe(200)
    const log = await auditEntries(id)
    expect(log.map((entry) => [entry.action, entry.fromStage, entry.toStage])).toEqual([
      ['stageChanged', 'concept', 'review'],
      ['stageChanged', 'review', 'approved'],
      ['published', 'approved', 'published'],
    ])
    expect(log[0]).toMatchObject({ user: users.author.id, userLabel: expect.stringContaining('wf-author@test.local') })
    expect(log[2].user).toEqual(users.editor.id)
  })

  it('an author cannot send someone else’s document to review', async () => {
    const { id } = await chapter({ owner: users.otherAuthor })
    const response = await patch(as.author, id, { workflowStage: 'review' }, true)
    expect(response.status).toBe(403)
    expect(errorOf(response).data.errors).toEqual([{ message: expect.stringContaining('eigen documenten'), path: 'workflowStage' }])
    expect((await stored(id)).workflowStage).toBe('concept')
  })

  it('an author cannot approve, publish or send back', async () => {
    const { id } = await chapter({ stage: 'review' })
    const approve = await patch(as.author, id, { workflowStage: 'approved' }, true)
    expect(approve.status).toBe(403)
    expect(errorOf(approve).data.errors[0].path).toBe('workflowStage')
    const publish = await patch(as.author, id, { _status: 'published' })
    expect(publish.status).toBe(403)
    expect(errorOf(publish).data.errors[0]).toEqual({ message: expect.stringContaining('redacteur'), path: 'workflowStage' })
    const back = await patch(as.author, id, { workflowReason: 'zelf', workflowStage: 'concept' }, true)
    expect(back.status).toBe(403)
    expect(await live(id)).toBe(false)
    expect((await stored(id)).workflowStage).toBe('review')
  })

  it('refuses to send a document to review while its figures fail, with the findings, and logs the refusal', async () => {
    const { id } = await chapter({ figures: 'bad' })
    const response = await patch(as.author, id, { workflowStage: 'review' }, true)
    expect(response.status).toBe(400)
    expect(errorOf(response).data.errors[0].path).toBe('workflowStage')
    expect(errorOf(response).data.reason.en).toContain('key figures')
    expect(errorOf(response).data.findings[0]).toMatchObject({ expected: '1.540', shown: '1.541' })
    expect((await stored(id)).workflowStage).toBe('concept')
    const [refusal] = await auditEntries(id, 'stageRefused')
    expect(refusal).toMatchObject({ fromStage: 'concept', toStage: 'review', user: users.author.id })
    expect(refusal.findings).toEqual([expect.objectContaining({ shown: '1.541' })])
  })

  it('refuses to publish a document that is not approved, even with clean figures; nothing is written and the attempt is logged', async () => {
    const { id } = await chapter({ stage: 'review' })
    const response = await patch(as.editor, id, { _status: 'published', title: 'Mag niet mee' })
    expect(response.status).toBe(400)
    expect(errorOf(response).data.errors).toEqual([{ message: expect.stringContaining('goedgekeurd'), path: 'workflowStage' }])
    expect(await live(id)).toBe(false)
    expect((await stored(id)).title).not.toBe('Mag niet mee')
    expect(await auditEntries(id, 'publishRefused')).toHaveLength(1)
  })

  it('refuses to publish an approved document whose figures fail (the figure gate), and logs it with the findings', async () => {
    const { id } = await chapter({ figures: 'bad', stage: 'approved' })
    const response = await patch(as.editor, id, { _status: 'published' })
    expect(response.status).toBe(400)
    expect(errorOf(response).data.findings[0]).toMatchObject({ shown: '1.541' })
    expect(await live(id)).toBe(false)
    const [entry] = await auditEntries(id, 'publishRefused')
    expect(entry.findings).toEqual([expect.objectContaining({ expected: '1.540' })])
  })

  it('an editor sends a document back to concept only with a reason', async () => {
    const { id } = await chapter({ stage: 'review' })
    const without = await patch(as.editor, id, { workflowStage: 'concept' }, true)
    expect(without.status).toBe(400)
    expect(errorOf(without).data.errors[0]).toEqual({ message: expect.stringContaining('reden'), path: 'workflowStage' })
    const withReason = await patch(as.editor, id, { workflowReason: 'Bron van de cijfers ontbreekt', workflowStage: 'concept' }, true)
    expect(withReason.status).toBe(200)
    expect(withReason.body.doc).toMatchObject({ workflowReason: 'Bron van de cijfers ontbreekt', workflowStage: 'concept' })
    const [entry] = await auditEntries(id, 'stageChanged')
    expect(entry.summary).toContain('Bron van de cijfers ontbreekt')
  })

  it('an editor unpublishes: the document goes back to concept and the unpublish is logged', async () => {
    const { id } = await chapter({ stage: 'approved' })
    await patch(as.editor, id, { _status: 'published' })
    const response = await patch(as.editor, id, { _status: 'draft' })
    expect(response.status).toBe(200)
    expect(response.body.doc).toMatchObject({ _status: 'draft', workflowStage: 'concept' })
    expect(await live(id)).toBe(false)
    expect(await auditEntries(id, 'unpublished')).toHaveLength(1)
  })

  it('a draft save on a published document by an editor keeps it published', async () => {
    const { id } = await chapter({ stage: 'approved' })
    await patch(as.editor, id, { _status: 'published' })
    const response = await patch(as.editor, id, { _status: 'draft', summary: 'Nieuwe samenvatting' }, true)
    expect(response.status).toBe(200)
    expect(await live(id)).toBe(true)
    expect(await auditEntries(id, 'unpublished')).toHaveLength(0)
  })

  it('an author who edits an approved document returns it to concept; an editor does not', async () => {
    const own = await chapter({ stage: 'approved' })
    const byAuthor = await patch(as.author, own.id, { summary: 'Nog even aangepast' }, true)
    expect(byAuthor.status).toBe(200)
    expect(byAuthor.body.doc.workflowStage).toBe('concept')
    expect(byAuthor.body.doc.workflowReason).toContain('Teruggezet naar concept')
    const byEditor = await chapter({ stage: 'approved' })
    expect((await patch(as.editor, byEditor.id, { summary: 'Redactie' }, true)).body.doc.workflowStage).toBe('approved')
  })

  it('the stage Published only follows from publishing', async () => {
    const { id } = await chapter({ stage: 'approved' })
    const response = await patch(as.admin, id, { workflowStage: 'published' }, true)
    expect(response.status).toBe(400)
    expect(errorOf(response).data.errors[0].path).toBe('workflowStage')
    const unknown = await patch(as.admin, id, { workflowStage: 'klaar' }, true)
    expect(unknown.status).toBe(400)
  })

  it('an admin can do every step but cannot skip the figure check', async () => {
    const good = await chapter()
    expect((await patch(as.admin, good.id, { _status: 'published', workflowStage: 'approved' })).status).toBe(200)
    const bad = await chapter({ figures: 'bad' })
    const response = await patch(as.admin, bad.id, { _status: 'published', workflowStage: 'approved' })
    expect(response.status).toBe(400)
    expect(await live(bad.id)).toBe(false)
    expect((await stored(bad.id)).workflowStage).toBe('concept')
  })
})

describe('every path obeys the same rules', () => {
  it('GraphQL: an author cannot approve, an editor cannot publish a concept', async () => {
    const { id } = await chapter({ stage: 'review' })
    const approve = await as.author.graphql(`mutation { updateChapter(id: ${JSON.stringify(id)}, draft: true, data: { workflowStage: approved }) { id workflowStage } }`)
    expect(approve.body.errors?.[0]?.message).toMatch(/redacteur|beheerder/)
    const concept = await chapter()
    const publish = await as.editor.graphql(`mutation { updateChapter(id: ${JSON.stringify(concept.id)}, data: { _status: published }) { id _status } }`)
    expect(publish.body.errors?.[0]?.message).toMatch(/goedgekeurd/)
    expect(await live(concept.id)).toBe(false)
    expect((await stored(id)).workflowStage).toBe('review')
    expect(await auditEntries(concept.id, 'publishRefused')).toHaveLength(1)
  })

  it('GraphQL: an editor approves and publishes', async () => {
    const { id } = await chapter({ stage: 'review' })
    const response = await as.editor.graphql(`mutation { updateChapter(id: ${JSON.stringify(id)}, data: { _status: published, workflowStage: approved }) { id _status workflowStage } }`)
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.updateChapter).toMatchObject({ _status: 'published', workflowStage: 'published' })
  })

  it('Local API without a user (the server itself) publishes only an approved document', async () => {
    const { id } = await chapter()
    const error = await refusedLocally(ctx.payload.update({ collection: 'chapters', data: { _status: 'published' }, id }))
    expect(error.status).toBe(400)
    expect(error.data.errors[0].path).toBe('workflowStage')
    await ctx.payload.update({ collection: 'chapters', data: { workflowStage: 'approved' } as never, id })
    expect((await ctx.payload.update({ collection: 'chapters', data: { _status: 'published' }, id })).workflowStage).toBe('published')
  })

  it('Local API without a user cannot skip the figure check, not even with the key-figures skip flag', async () => {
    const { id } = await chapter({ figures: 'bad', stage: 'approved' })
    const error = await refusedLocally(ctx.payload.update({ collection: 'chapters', context: { [SKIP_FIGURE_CHECK]: true }, data: { _status: 'published' }, id }))
    expect(error.status).toBe(400)
    expect((error as unknown as { findings: unknown[] }).findings).toHaveLength(1)
    expect(await live(id)).toBe(false)
  })

  it('Local API with a user applies that user’s role', async () => {
    const { id } = await chapter({ stage: 'approved' })
    const error = await refusedLocally(ctx.payload.update({ collection: 'chapters', data: { _status: 'published' }, id, overrideAccess: false, user: users.author }))
    expect(error.status).toBe(403)
    expect((await ctx.payload.update({ collection: 'chapters', data: { _status: 'published' }, id, overrideAccess: false, user: users.editor }))._status).toBe('published')
  })

  it('restoring a published version needs an approved document again', async () => {
    const { id } = await chapter({ stage: 'approved' })
    await ctx.payload.update({ collection: 'chapters', data: { _status: 'published' }, id })
    await ctx.payload.update({ collection: 'chapters', data: { _status: 'draft' }, id })
    expect((await stored(id)).workflowStage).toBe('concept')
    const { docs } = await ctx.payload.findVersions({ collection: 'chapters', where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] } })
    const response = await as.editor.rest(`/chapters/versions/${docs[0].id}`, { method: 'POST' })
    expect(response.status).toBe(400)
    expect(errorOf(response).data.errors[0].path).toBe('workflowStage')
    expect(await live(id)).toBe(false)
  })

  it('also applies to reports, Uitgelicht articles, podcast episodes and publications', async () => {
    const publication = await ctx.payload.create({ collection: 'publications', data: { kind: 'brochure', title: 'Brochure', year: 2024 }, draft: true })
    expect((await as.editor.rest(`/publications/${publication.id}`, { body: { _status: 'published' }, method: 'PATCH' })).status).toBe(400)
    expect((await as.editor.rest(`/publications/${publication.id}`, { body: { _status: 'published', workflowStage: 'approved' }, method: 'PATCH' })).status).toBe(200)
    const series = await ctx.payload.create({ collection: 'podcast-series', data: { _status: 'published', title: 'Reeks' } })
    const episode = await ctx.payload.create({ collection: 'podcast-episodes', data: { number: 1, series: series.id, title: 'Aflevering' } as never, draft: true })
    expect((await as.editor.rest(`/podcast-episodes/${episode.id}`, { body: { _status: 'published' }, method: 'PATCH' })).status).toBe(400)
    const article = await ctx.payload.create({ collection: 'featured-articles', data: { report: report.id, title: 'Uitgelicht' } as never, draft: true })
    expect((await as.editor.rest(`/featured-articles/${article.id}`, { body: { _status: 'published' }, method: 'PATCH' })).status).toBe(400)
    const draftReport = await ctx.payload.create({ collection: 'reports', data: { organisation: 'Socius', title: 'Concept', year: 2030 }, draft: true })
    expect((await as.editor.rest(`/reports/${draftReport.id}`, { body: { _status: 'published' }, method: 'PATCH' })).status).toBe(400)
  })
})

describe('authors and fields', () => {
  it('an author attaches practices to any chapter, without touching its text', async () => {
    const { id } = await chapter({ owner: users.otherAuthor, stage: 'approved' })
    const response = await patch(as.author, id, { practices: [practice.id] }, true)
    expect(response.status).toBe(200)
    const after = await stored(id)
    expect(after.practices).toEqual([practice.id])
    expect(after.workflowStage).toBe('approved')
  })

  it('an author who changes another field of someone else’s chapter gets an error naming that field, and nothing is written', async () => {
    const { id, title } = await chapter({ owner: users.otherAuthor })
    const response = await patch(as.author, id, { practices: [practice.id], title: 'Overschreven' }, true)
    expect(response.status).toBe(403)
    // Named by its label, as the editor sees it; the path names the field.
    expect(errorOf(response).data.errors).toEqual([{ message: expect.stringContaining('"Titel"'), path: 'title' }])
    const after = await stored(id)
    expect(after.title).toBe(title)
    expect(after.practices ?? []).toEqual([])
  })

  it('an author sends back the whole form unchanged plus practices (what the admin does) and passes', async () => {
    const { id } = await chapter({ owner: users.otherAuthor })
    const form = (await as.author.rest(`/chapters/${id}?draft=true&depth=0`)).body
    const response = await patch(as.author, id, { ...form, practices: [practice.id] }, true)
    expect(response.status).toBe(200)
  })

  it('an author edits the text of their own chapter, but cannot hand it to someone else', async () => {
    const { id } = await chapter()
    expect((await patch(as.author, id, { title: 'Eigen titel' }, true)).status).toBe(200)
    const response = await patch(as.author, id, { owner: users.otherAuthor.id }, true)
    expect(response.status).toBe(403)
    expect(errorOf(response).data.errors[0].path).toBe('owner')
  })

  it('an author cannot edit another author’s podcast episode at all (no fields open to authors there)', async () => {
    const series = await ctx.payload.create({ collection: 'podcast-series', data: { _status: 'published', title: 'Reeks 2' } })
    const episode = await ctx.payload.create({ collection: 'podcast-episodes', data: { number: 2, owner: users.otherAuthor.id, series: series.id, title: 'Van iemand anders' } as never, draft: true })
    expect((await as.author.rest(`/podcast-episodes/${episode.id}?draft=true`, { body: { title: 'x' }, method: 'PATCH' })).status).toBe(403)
    const own = await ctx.payload.create({ collection: 'podcast-episodes', data: { number: 3, owner: users.author.id, series: series.id, title: 'Eigen' } as never, draft: true })
    expect((await as.author.rest(`/podcast-episodes/${own.id}?draft=true`, { body: { workflowStage: 'review' }, method: 'PATCH' })).status).toBe(200)
  })
})

describe('review notes', () => {
  it('an editor writes a note (the server records who and when); the author sees and resolves it', async () => {
    const { id } = await chapter({ stage: 'review' })
    const written = await patch(as.editor, id, { reviewNotes: [{ author: users.author.id, createdAt: '2000-01-01T00:00:00.000Z', text: 'Bron toevoegen bij 1.540' }] }, true)
    expect(written.status).toBe(200)
    const [note] = (await stored(id)).reviewNotes!
    expect(note).toMatchObject({ author: users.editor.id, resolved: false, text: 'Bron toevoegen bij 1.540' })
    expect(note.createdAt).not.toBe('2000-01-01T00:00:00.000Z')

    const seen = await as.author.rest(`/chapters/${id}?draft=true&depth=0`)
    expect(seen.body.reviewNotes[0].text).toBe('Bron toevoegen bij 1.540')
    const resolved = await patch(as.author, id, { reviewNotes: [{ ...note, resolved: true }] }, true)
    expect(resolved.status).toBe(200)
    const [after] = (await stored(id)).reviewNotes!
    expect(after).toMatchObject({ resolved: true, resolvedBy: users.author.id, text: 'Bron toevoegen bij 1.540' })
    expect(after.resolvedAt).toBeTruthy()
  })

  it('an author cannot write, rewrite or remove a note, nor resolve one on someone else’s document', async () => {
    const { id } = await chapter({ stage: 'review' })
    await patch(as.editor, id, { reviewNotes: [{ text: 'Eerste notitie' }] }, true)
    const [note] = (await stored(id)).reviewNotes!
    for (const reviewNotes of [[note, { text: 'Van de auteur' }], [{ ...note, text: 'Herschreven' }], []]) {
      const response = await patch(as.author, id, { reviewNotes }, true)
      expect(response.status).toBe(403)
      expect(errorOf(response).data.errors[0].path).toBe('reviewNotes')
    }
    expect((await patch(as.otherAuthor, id, { reviewNotes: [{ ...note, resolved: true }] }, true)).status).toBe(403)
    expect((await stored(id)).reviewNotes).toEqual([expect.objectContaining({ resolved: false, text: 'Eerste notitie' })])
  })
})

describe('the audit log', () => {
  it('nobody creates, changes or deletes entries through REST or GraphQL; editors and admins read them', async () => {
    const { id } = await chapter()
    await patch(as.author, id, { workflowStage: 'review' }, true)
    const [entry] = await auditEntries(id)
    for (const who of [as.admin, as.editor, as.author, as.anonymous]) {
      expect((await who.rest('/audit-log', { body: { action: 'published', summary: 'vals' }, method: 'POST' })).status).toBe(403)
      expect((await who.rest(`/audit-log/${entry.id}`, { body: { summary: 'vals' }, method: 'PATCH' })).status).toBe(403)
      expect((await who.rest(`/audit-log/${entry.id}`, { method: 'DELETE' })).status).toBe(403)
      const gql = await who.graphql(`mutation { deleteAuditEntry(id: ${JSON.stringify(entry.id)}) { id } }`)
      expect(gql.body.errors?.length).toBeGreaterThan(0)
    }
    expect((await as.editor.rest(`/audit-log/${entry.id}`)).status).toBe(200)
    expect((await as.admin.rest('/audit-log?limit=1')).status).toBe(200)
    expect((await as.author.rest(`/audit-log/${entry.id}`)).status).toBe(403)
    expect((await as.anonymous.rest('/audit-log')).status).toBe(403)
    expect((await ctx.payload.findByID({ collection: 'audit-log', id: entry.id })).summary).not.toBe('vals')
  })

  it('logs dataset and record changes, and refused deletions', async () => {
    const { dataset, records: own } = await createDataset(ctx.payload, { records: [{ key: 'leden', label: 'Leden', unit: 'count', value: '10' }], slug: 'audit-data' })
    const forDataset: Where = { and: [{ collectionSlug: { equals: 'dataset-records' } }, { documentId: { equals: String(own.leden.id) } }] }
    expect((await as.editor.rest(`/dataset-records/${own.leden.id}`, { body: { value: '11' }, method: 'PATCH' })).status).toBe(200)
    const { id } = await chapter()
    await ctx.payload.update({ collection: 'chapters', data: { keyFigures: [recordFigure('Leden', '11', 'count', own.leden)], workflowStage: 'approved' } as never, id })
    await ctx.payload.update({ collection: 'chapters', data: { _status: 'published' }, id })
    expect((await as.editor.rest(`/dataset-records/${own.leden.id}`, { method: 'DELETE' })).status).toBe(409)
    const { docs } = await ctx.payload.find({ collection: 'audit-log', sort: 'createdAt', where: forDataset })
    expect(docs.map((entry) => entry.action)).toEqual(['created', 'changed', 'deleteRefused'])
    expect(docs[1].summary).toContain('value')
    expect(docs[2].user).toEqual(expect.objectContaining({ id: users.editor.id }))
    expect((await ctx.payload.count({ collection: 'audit-log', where: { and: [{ collectionSlug: { equals: 'datasets' } }, { documentId: { equals: String(dataset.id) } }] } })).totalDocs).toBe(1)
  })
})

describe('scheduled publish (jobs queue)', () => {
  const schedule = (id: Chapter['id'], collection = 'chapters') =>
    ctx.payload.jobs.queue({
      input: { doc: { relationTo: collection, value: String(id) }, type: 'publish', user: { relationTo: 'users', value: users.editor.id } } as never,
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
    })

  it('publishes an approved chapter whose figures match, as the editor who scheduled it', async () => {
    const { id } = await chapter({ stage: 'approved' })
    await schedule(id)
    await ctx.payload.jobs.run()
    expect(await live(id)).toBe(true)
    const [entry] = await auditEntries(id, 'published')
    expect(entry.user).toEqual(users.editor.id)
  })

  it('a failing scheduled publish leaves the chapter unpublished, marks it with the reason and logs it with the findings', async () => {
    const { id } = await chapter({ figures: 'bad', stage: 'approved' })
    const job = await schedule(id)
    await ctx.payload.jobs.run()
    expect((await ctx.payload.findByID({ collection: 'payload-jobs', id: job.id })).hasError).toBe(true)
    expect(await live(id)).toBe(false)
    const marked = await stored(id)
    expect(marked.scheduledPublishFailure?.at).toBeTruthy()
    expect(marked.scheduledPublishFailure?.reason).toContain('1.540')
    const [entry] = await auditEntries(id, 'scheduledPublishFailed')
    expect(entry).toMatchObject({ fromStage: 'approved', toStage: 'published', user: users.editor.id })
    expect(entry.findings).toEqual([expect.objectContaining({ shown: '1.541' })])
  })

  it('a scheduled publish of an article that is not approved fails with the stage as reason; a later publish clears the mark', async () => {
    const article = await ctx.payload.create({ collection: 'featured-articles', data: { report: report.id, title: 'Gepland Uitgelicht' } as never, draft: true })
    await schedule(article.id, 'featured-articles')
    await ctx.payload.jobs.run()
    const marked = await ctx.payload.findByID({ collection: 'featured-articles', draft: true, id: article.id })
    expect(marked._status).toBe('draft')
    expect(marked.scheduledPublishFailure?.reason).toContain('niet Goedgekeurd')
    const published = await publishDocument<typeof marked>(ctx.payload, 'featured-articles', { id: article.id })
    expect(published.scheduledPublishFailure?.at ?? null).toBeNull()
  })

  it('an outside cron runs the queue through /api/payload-jobs/run with CRON_SECRET; nobody else but an admin may (a logged-in editor gets 403)', async () => {
    process.env.CRON_SECRET = 'een-lang-geheim-voor-de-cron-1234'
    const { id } = await chapter({ stage: 'approved' })
    await schedule(id)
    const run = (headers: Record<string, string>) => fetch(`${server.url}/api/payload-jobs/run?queue=default`, { headers })
    expect((await run({})).status).toBe(401)
    expect((await run({ Authorization: 'Bearer fout-geheim-fout-geheim' })).status).toBe(401)
    expect((await run({ Authorization: `JWT ${as.editor.token}` })).status).toBe(403)
    expect(await live(id)).toBe(false)
    expect((await run({ Authorization: `Bearer ${process.env.CRON_SECRET}` })).status).toBe(200)
    expect(await live(id)).toBe(true)
    expect((await run({ Authorization: `JWT ${as.admin.token}` })).status).toBe(200)
    delete process.env.CRON_SECRET
    expect((await run({ Authorization: 'Bearer een-lang-geheim-voor-de-cron-1234' })).status).toBe(401)
  })

  it('the Publicatiecontrole view lists the failed scheduled publishes of the chosen report, and what is approved', async () => {
    const { id } = await chapter({ figures: 'bad', stage: 'approved' })
    await schedule(id)
    await ctx.payload.jobs.run()
    // The workflow's section of the key-figures view, with the workflow's options as its server props.
    const section = keyFigures.options.publicationCheckSections.find((candidate) => typeof candidate === 'object' && candidate.path.includes('ScheduledFailuresSection'))
    expect(section).toBeDefined()
    const options = (section as { serverProps: { workflowOptions: SanitizedWorkflowOptions } }).serverProps.workflowOptions
    const state = await reportWorkflowState(report.slug!, await createLocalReq({}, ctx.payload), options)
    expect(state?.failed).toEqual(expect.arrayContaining([expect.objectContaining({ collection: 'chapters', id, reason: expect.stringContaining('1.540') })]))
    expect(state?.approved).toBeGreaterThan(0)
    expect(await reportWorkflowState('bestaat-niet', await createLocalReq({}, ctx.payload), options)).toBeNull()
  })

  it('the failure mark cannot be set or cleared by a client', async () => {
    const { id } = await chapter()
    const response = await patch(as.editor, id, { scheduledPublishFailure: { at: '2024-01-01T00:00:00.000Z', reason: 'nep' } }, true)
    expect(response.status).toBe(200)
    expect((await stored(id)).scheduledPublishFailure?.reason ?? null).toBeNull()
  })
})

describe('publish a whole report', () => {
  const setup = async () => {
    const own = await publishDocument<Report>(ctx.payload, 'reports', {
      data: { organisation: 'Socius', sections: [{ key: 'cijfers', title: 'Cijfers' }], slug: `rapport-${++counter}`, title: `Rapport ${counter}`, year: 2024 },
    })
    const make = async (figures: 'bad' | 'good', stage: string) => {
      const figure = (shown: string) => [recordFigure('Deelnemers', shown, 'count', records.deelnemers)]
      const created = await ctx.payload.create({
        collection: 'chapters',
        data: { keyFigures: figure('1.540'), report: own.id, section: 'cijfers', title: `Rapport-hoofdstuk ${++counter}`, workflowStage: stage } as never,
        draft: true,
      })
      if (figures === 'good') return created
      return ctx.payload.update({ collection: 'chapters', data: { keyFigures: figure('1.541') } as never, draft: true, id: created.id })
    }
    return { make, own }
  }

  it('publishes nothing and lists what blocks it when one approved document fails', async () => {
    const { make, own } = await setup()
    const good = await make('good', 'approved')
    const bad = await make('bad', 'approved')
    const concept = await make('good', 'concept')
    const response = await as.editor.rest(`/workflow/reports/${own.slug}/publish`, { method: 'POST' })
    expect(response.status).toBe(409)
    expect(response.body.published).toEqual([])
    expect(response.body.blocking).toEqual([expect.objectContaining({ id: bad.id, reasons: [expect.objectContaining({ nl: expect.stringContaining('1.540') })] })])
    expect(await live(good.id)).toBe(false)
    expect(await live(bad.id)).toBe(false)
    expect(await live(concept.id)).toBe(false)
    expect((await ctx.payload.count({ collection: 'audit-log', where: { and: [{ action: { equals: 'reportPublishRefused' } }, { documentId: { equals: String(own.id) } }] } })).totalDocs).toBe(1)
  })

  it('publishes every approved document when all pass (by id too), and leaves concepts alone', async () => {
    const { make, own } = await setup()
    const first = await make('good', 'approved')
    const second = await make('good', 'approved')
    const concept = await make('good', 'concept')
    const response = await as.editor.rest(`/workflow/reports/${own.id}/publish`, { method: 'POST' })
    expect(response.status).toBe(200)
    expect(response.body.blocking).toEqual([])
    expect(response.body.published.map((doc: { id: unknown }) => doc.id).sort()).toEqual([first.id, second.id].sort())
    expect(await live(first.id)).toBe(true)
    expect(await live(second.id)).toBe(true)
    expect(await live(concept.id)).toBe(false)
    expect(await auditEntries(first.id, 'published')).toHaveLength(1)
  })

  it('is for editors and admins only, and says what is wrong', async () => {
    const { own } = await setup()
    expect((await as.anonymous.rest(`/workflow/reports/${own.slug}/publish`, { method: 'POST' })).status).toBe(401)
    expect((await as.author.rest(`/workflow/reports/${own.slug}/publish`, { method: 'POST' })).status).toBe(403)
    expect((await as.editor.rest('/workflow/reports/bestaat-niet/publish', { method: 'POST' })).status).toBe(404)
    const nothing = await as.admin.rest(`/workflow/reports/${own.slug}/publish`, { method: 'POST' })
    expect(nothing.status).toBe(400)
    expect(nothing.body.errors[0].message).toContain('goedgekeurd')
  })
})
