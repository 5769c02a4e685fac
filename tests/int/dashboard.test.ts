import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { renderToStaticMarkup } from 'react-dom/server'

import type { TestContext } from '../helpers/payload'

import { Dashboard } from '../../src/admin/Dashboard'
import { startPayload } from '../helpers/payload'
import { createUsers } from '../helpers/users'

/** The dashboard "Te doen": what needs doing, each a link, with the user's own access. */
let ctx: TestContext
let users: Awaited<ReturnType<typeof createUsers>>
const made: { collection: string; id: number | string }[] = []

beforeAll(async () => {
  ctx = await startPayload()
  users = await createUsers(ctx.payload, 'dashboard')
})

afterAll(async () => {
  for (const { collection, id } of made.reverse()) await ctx.payload.delete({ collection: collection as never, id }).catch(() => undefined)
  await ctx?.stop()
})

const render = async (user: unknown) => renderToStaticMarkup((await Dashboard({ i18n: { language: 'nl' }, payload: ctx.payload, user: user as never }))!)

describe('Te doen', () => {
  it('lists the chapter waiting for review and the scheduled publish by title, each a link, and counts per stage', async () => {
    const report = await ctx.payload.create({ collection: 'reports', data: { organisation: 'D', sections: [{ key: 'a', title: 'A' }], title: 'Dashboardverslag', year: 2031 } as never, draft: true })
    made.push({ collection: 'reports', id: report.id })
    const chapter = await ctx.payload.create({
      collection: 'chapters',
      data: { number: '1', report: report.id, section: 'a', title: 'Wacht op review', workflowStage: 'review' } as never,
      draft: true,
    })
    made.push({ collection: 'chapters', id: chapter.id })
    const planned = await ctx.payload.create({ collection: 'chapters', data: { number: '2', report: report.id, section: 'a', title: 'Morgen online' } as never, draft: true })
    made.push({ collection: 'chapters', id: planned.id })
    await ctx.payload.jobs.queue({ input: { doc: { relationTo: 'chapters', value: planned.id }, type: 'publish' } as never, task: 'schedulePublish' as never, waitUntil: new Date(Date.now() + 86_400_000) })

    const html = await render(users.editor)
    expect(html).toContain('Dashboardverslag')
    expect(html).toMatch(new RegExp(`jaarverslag-dashboard__list--review.*href="/admin/collections/chapters/${chapter.id}">1 Wacht op review<`, 's'))
    expect(html).toMatch(new RegExp(`jaarverslag-dashboard__list--scheduled.*href="/admin/collections/chapters/${planned.id}">2 Morgen online<`, 's'))
    expect(html).toMatch(/data-stage="review"><strong>1<\/strong> Ter review/)
  })

  it('an author sees no imports or scheduled publishes; nobody logged in sees nothing', async () => {
    const html = await render(users.author)
    expect(html).not.toContain('jaarverslag-dashboard__list--scheduled')
    expect(html).not.toContain('jaarverslag-dashboard__list--imports')
    expect(await Dashboard({ payload: ctx.payload, user: null })).toBeNull()
  })
})
