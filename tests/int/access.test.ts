import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { User } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { client, type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let server: TestServer
let users: Awaited<ReturnType<typeof createUsers>>
let as: Record<'admin' | 'anonymous' | 'author' | 'editor' | 'otherAuthor', Client>

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  users = await createUsers(ctx.payload, 'acc')
  as = {
    admin: await login(server, 'acc-admin@test.local', TEST_PASSWORD),
    anonymous: client(server),
    author: await login(server, 'acc-author@test.local', TEST_PASSWORD),
    editor: await login(server, 'acc-editor@test.local', TEST_PASSWORD),
    otherAuthor: await login(server, 'acc-author2@test.local', TEST_PASSWORD),
  }
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

const editorialCollections = ['reports', 'chapters', 'featured-articles', 'podcast-series', 'podcast-episodes', 'publications', 'people']

describe('anonymous visitors', () => {
  it.each([...editorialCollections, 'practices', 'media', 'files', 'users'])('cannot create in %s', async (slug) => {
    const response = await as.anonymous.rest(`/${slug}`, { body: { name: 'x', title: 'x' }, method: 'POST' })
    expect(response.status).toBe(403)
  })

  it('cannot list users', async () => {
    expect((await as.anonymous.rest('/users')).status).toBe(403)
  })

  it('cannot read version history', async () => {
    const practice = await ctx.payload.create({ collection: 'practices', data: { _status: 'published', name: 'Open huis', recognition: 'onbekend' } })
    expect((await as.anonymous.rest(`/practices/versions?where[parent][equals]=${practice.id}`)).status).toBe(403)
  })
})

describe('authors', () => {
  it('create practices, which record them as the one who attached it, whatever the client sends', async () => {
    const response = await as.author.rest('/practices', {
      body: { _status: 'draft', attachedBy: users.editor.id, name: 'Samen sterk', recognition: 'erkend' },
      method: 'POST',
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.attachedBy.id ?? response.body.doc.attachedBy).toEqual(users.author.id)
  })

  it('edit the practices they attached, but not those of another author', async () => {
    const own = await as.author.rest('/practices', { body: { name: 'Eigen praktijk', recognition: 'onbekend' }, method: 'POST' })
    const theirs = await as.otherAuthor.rest('/practices', { body: { name: 'Andermans praktijk', recognition: 'onbekend' }, method: 'POST' })
    expect((await as.author.rest(`/practices/${own.body.doc.id}`, { body: { description: 'Bijgewerkt' }, method: 'PATCH' })).status).toBe(200)
    expect((await as.author.rest(`/practices/${theirs.body.doc.id}`, { body: { description: 'Overschreven' }, method: 'PATCH' })).status).toBe(403)
    const untouched = await ctx.payload.findByID({ collection: 'practices', id: theirs.body.doc.id, draft: true })
    expect(untouched.description ?? null).toBeNull()
  })

  it('cannot hand a practice to someone else by editing attachedBy', async () => {
    const own = await as.author.rest('/practices', { body: { name: 'Niet door te geven', recognition: 'onbekend' }, method: 'POST' })
    await as.author.rest(`/practices/${own.body.doc.id}`, { body: { attachedBy: users.otherAuthor.id }, method: 'PATCH' })
    const stored = await ctx.payload.findByID({ collection: 'practices', depth: 0, id: own.body.doc.id, draft: true })
    expect(stored.attachedBy).toEqual(users.author.id)
  })

  it('cannot delete practices', async () => {
    const own = await as.author.rest('/practices', { body: { name: 'Te verwijderen', recognition: 'onbekend' }, method: 'POST' })
    expect((await as.author.rest(`/practices/${own.body.doc.id}`, { method: 'DELETE' })).status).toBe(403)
  })

  it.each(editorialCollections)('cannot create or edit %s', async (slug) => {
    expect((await as.author.rest(`/${slug}`, { body: { name: 'x', title: 'x' }, method: 'POST' })).status).toBe(403)
  })

  it('cannot edit a chapter an editor wrote', async () => {
    const report = await ctx.payload.create({ collection: 'reports', data: { organisation: 'Socius', title: 'R', year: 2024 }, draft: true })
    const chapter = await ctx.payload.create({ collection: 'chapters', data: { report: report.id, section: 's', title: 'H' }, draft: true })
    expect((await as.author.rest(`/chapters/${chapter.id}`, { body: { title: 'Gekaapt' }, method: 'PATCH' })).status).toBe(403)
  })

  it('read drafts, to work on the report', async () => {
    const draft = await ctx.payload.create({ collection: 'publications', data: { kind: 'brochure', title: 'Concept', year: 2024 }, draft: true })
    expect((await as.author.rest(`/publications/${draft.id}?draft=true`)).status).toBe(200)
  })
})

describe('editors', () => {
  it.each(editorialCollections)('manage %s', async (slug) => {
    expect((await as.editor.rest(`/${slug}?draft=true`, { body: { name: 'x', title: 'x' }, method: 'POST' })).status).toBe(201)
  })

  it("edit and delete any author's practice", async () => {
    const practice = await as.author.rest('/practices', { body: { name: 'Redactie mag dit', recognition: 'onbekend' }, method: 'POST' })
    expect((await as.editor.rest(`/practices/${practice.body.doc.id}`, { body: { description: 'Nagekeken' }, method: 'PATCH' })).status).toBe(200)
    expect((await as.editor.rest(`/practices/${practice.body.doc.id}`, { method: 'DELETE' })).status).toBe(200)
  })

  it('do not manage users and only see their own account', async () => {
    const create = await as.editor.rest('/users', {
      body: { email: 'nieuw@test.local', name: 'Nieuw', password: TEST_PASSWORD, roles: ['editor'] },
      method: 'POST',
    })
    expect(create.status).toBe(403)
    const list = await as.editor.rest('/users')
    expect(list.body.docs.map((user: User) => user.id)).toEqual([users.editor.id])
    expect((await as.editor.rest(`/users/${users.author.id}`, { body: { name: 'x' }, method: 'PATCH' })).status).toBe(403)
  })
})

describe('roles', () => {
  it('an admin creates users and sets the roles of others', async () => {
    const created = await as.admin.rest('/users', {
      body: { email: 'nieuwe-redacteur@test.local', name: 'Nieuwe redacteur', password: TEST_PASSWORD, roles: ['author'] },
      method: 'POST',
    })
    expect(created.status).toBe(201)
    const promoted = await as.admin.rest(`/users/${created.body.doc.id}`, { body: { roles: ['editor'] }, method: 'PATCH' })
    expect(promoted.status).toBe(200)
    expect(promoted.body.doc.roles).toEqual(['editor'])
  })

  it.each(['author', 'editor', 'admin'] as const)('a user with role %s cannot change their own roles', async (role) => {
    const self = users[role]
    const response = await as[role].rest(`/users/${self.id}`, { body: { roles: ['admin', 'editor'] }, method: 'PATCH' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'roles' })
    const stored = await ctx.payload.findByID({ collection: 'users', id: self.id })
    expect(stored.roles).toEqual([role])
  })

  it('a user may still edit their own name', async () => {
    const response = await as.author.rest(`/users/${users.author.id}`, { body: { name: 'Andere naam' }, method: 'PATCH' })
    expect(response.status).toBe(200)
    expect(response.body.doc.roles).toEqual(['author'])
  })

  it('a user needs at least one role', async () => {
    const response = await as.admin.rest('/users', {
      body: { email: 'rolloos@test.local', name: 'Zonder rol', password: TEST_PASSWORD, roles: [] },
      method: 'POST',
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ message: 'Kies minstens één rol.', path: 'roles' })
  })
})
