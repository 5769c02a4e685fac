import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Chapter, Report } from '../../src/payload-types'

import { client, type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

/** Each role sees what it may do: the admin's form permissions mirror the server's workflow rules. */
let ctx: TestContext
let server: TestServer
let users: Awaited<ReturnType<typeof createUsers>>
let as: Record<'admin' | 'author' | 'editor', Client>
let report: Report
let othersChapter: Chapter
let ownChapter: Chapter

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  users = await createUsers(ctx.payload, 'roles')
  as = {
    admin: await login(server, users.admin.email, TEST_PASSWORD),
    author: await login(server, users.author.email, TEST_PASSWORD),
    editor: await login(server, users.editor.email, TEST_PASSWORD),
  }
  report = (await ctx.payload.create({
    collection: 'reports',
    data: { organisation: 'Rollen', sections: [{ key: 'werking', title: 'Onze werking' }], title: 'Rollenverslag', year: 2024 } as never,
    draft: true,
  })) as Report
  const make = (title: string, owner: number | string) =>
    ctx.payload.create({
      collection: 'chapters',
      data: { number: '1', owner, report: report.id, section: 'werking', title } as never,
      depth: 0,
      draft: true,
    }) as Promise<Chapter>
  othersChapter = await make('Van een ander', users.otherAuthor.id)
  ownChapter = await make('Van de auteur', users.author.id)
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

/** Payload sums up a field whose every permission holds as `true`. */
type FieldPermissions = Record<string, boolean | { update?: boolean }>
const updatable = async (who: Client, id: Chapter['id']) => {
  const { body, status } = await who.rest(`/chapters/access/${id}`, { body: {}, method: 'POST' })
  expect(status).toBe(200)
  const fields = body.fields as FieldPermissions
  return (name: string) => (fields[name] === true ? true : (fields[name] as { update?: boolean } | undefined)?.update === true)
}

describe("an author's form mirrors what the workflow lets them change", () => {
  it("on someone else's chapter every field but the practices is read-only for an author", async () => {
    const may = await updatable(as.author, othersChapter.id)
    expect(['title', 'summary', 'body', 'keyFigures', 'number', 'report', 'section', 'owner', 'workflowStage'].map((name) => [name, may(name)])).toEqual(
      ['title', 'summary', 'body', 'keyFigures', 'number', 'report', 'section', 'owner', 'workflowStage'].map((name) => [name, false]),
    )
    expect(may('practices')).toBe(true)
    expect(may('reviewNotes')).toBe(true)
  })

  it('on their own chapter an author may change the content and the stage, never the owner', async () => {
    const may = await updatable(as.author, ownChapter.id)
    expect([may('title'), may('keyFigures'), may('workflowStage'), may('practices'), may('owner')]).toEqual([true, true, true, true, false])
  })

  it('an editor may change every field of any chapter', async () => {
    const may = await updatable(as.editor, othersChapter.id)
    expect([may('title'), may('keyFigures'), may('owner'), may('workflowStage'), may('practices')]).toEqual([true, true, true, true, true])
  })

  it('the server stays the authority: an author changing the title is refused by name, not silently ignored', async () => {
    const response = await as.author.rest(`/chapters/${othersChapter.id}?draft=true`, { body: { title: 'Gekaapt' }, method: 'PATCH' })
    expect(response.status).toBe(403)
    // Named by its label as the editor sees it (the path still says which field).
    expect(response.body.errors[0].data.errors[0].path).toBe('title')
    expect(response.body.errors[0].message).toMatch(/U mag het veld "Titel" niet wijzigen: .* alleen "Praktijken"/)
    const stored = (await ctx.payload.findByID({ collection: 'chapters', depth: 0, draft: true, id: othersChapter.id })) as Chapter
    expect(stored.title).toBe('Van een ander')
  })

  it('an author may still attach a practice to a chapter of someone else', async () => {
    const practice = await ctx.payload.create({ collection: 'practices', data: { name: 'Buurtpraktijk', recognition: 'erkend' } as never, draft: true })
    const response = await as.author.rest(`/chapters/${othersChapter.id}?draft=true`, { body: { practices: [practice.id] }, method: 'PATCH' })
    expect(response.status).toBe(200)
    await ctx.payload.update({ collection: 'chapters', data: { practices: [] } as never, draft: true, id: othersChapter.id })
    await ctx.payload.delete({ collection: 'practices', id: practice.id })
  })
})

describe('the admin menu per role', () => {
  const hidden = (slug: string, user: unknown) => {
    const collection = ctx.payload.config.collections.find((c) => c.slug === slug)!
    const rule = collection.admin.hidden
    return typeof rule === 'function' ? rule({ user: user as never }) : Boolean(rule)
  }

  it('authors see no users, datasets, imports or audit log (the records they bind figures to stay); editors see the data but not the accounts; admins see all', () => {
    const slugs = ['users', 'datasets', 'dataset-records', 'dataset-imports', 'audit-log', 'chapters', 'practices']
    expect(slugs.map((slug) => [slug, hidden(slug, users.author)])).toEqual([
      ['users', true],
      ['datasets', true],
      ['dataset-records', false],
      ['dataset-imports', true],
      ['audit-log', true],
      ['chapters', false],
      ['practices', false],
    ])
    expect(slugs.map((slug) => hidden(slug, users.editor))).toEqual([true, false, false, false, false, false, false])
    expect(slugs.map((slug) => hidden(slug, users.admin))).toEqual([false, false, false, false, false, false, false])
  })
})

describe('the publish control', () => {
  it('every workflow collection replaces the publish button with the control that leaves it out for authors', () => {
    for (const slug of ['chapters', 'featured-articles', 'reports', 'podcast-episodes', 'publications']) {
      const collection = ctx.payload.config.collections.find((c) => c.slug === slug)!
      const control = collection.admin.components?.edit?.PublishButton as { path: string } | undefined
      expect([slug, control?.path]).toEqual([slug, '@jaarverslag/publication-workflow/rsc#PublishControl'])
    }
  })
})
