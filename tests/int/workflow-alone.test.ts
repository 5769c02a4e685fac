import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getPayload, type Payload } from 'payload'

import { createTestDatabase, type TestDatabase } from '../helpers/database'

/** The workflow package in an app without the key-figures plugin: stages, owners and the audit log still work. */
let payload: Payload
let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  const { default: config } = await import('../fixtures/workflow-alone.config')
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload?.destroy()
  await database?.cleanup()
})

const editor = async (email: string, rollen: string[]) => {
  const user = await payload.create({ collection: 'editors' as never, data: { email, password: 'een-lang-wachtwoord-1234', rollen } as never })
  return { ...(user as object), collection: 'editors' } as never
}

describe('the publication workflow without key figures', () => {
  it('takes a page through review to published for the roles it was given, owned by the editors collection', async () => {
    const writer = await editor('schrijver@example.org', ['schrijver'])
    const chief = await editor('hoofd@example.org', ['hoofdredacteur'])
    const page = (await payload.create({ collection: 'pages' as never, data: { title: 'Over ons' } as never, draft: true, overrideAccess: false, user: chief })) as { id: number | string; owner?: unknown }
    expect(page.owner).toBeTruthy()
    const refused = await payload
      .update({ collection: 'pages' as never, data: { workflowStage: 'approved' } as never, id: page.id, overrideAccess: false, user: writer })
      .catch((error: unknown) => error)
    expect(refused).toMatchObject({ status: 403 })
    await payload.update({ collection: 'pages' as never, data: { workflowStage: 'approved' } as never, draft: true, id: page.id, overrideAccess: false, user: chief })
    const published = (await payload.update({ collection: 'pages' as never, data: { _status: 'published' } as never, id: page.id, overrideAccess: false, user: chief })) as { _status?: string; workflowStage?: string }
    expect(published).toMatchObject({ _status: 'published', workflowStage: 'published' })
    const { docs } = await payload.find({ collection: 'audit-log' as never, overrideAccess: true, where: { documentId: { equals: String(page.id) } } as never })
    expect((docs as { action: string }[]).map((entry) => entry.action)).toEqual(expect.arrayContaining(['stageChanged', 'published']))
  })
})
