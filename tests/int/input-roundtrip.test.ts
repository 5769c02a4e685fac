import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { TestContext } from '../helpers/payload'

import { seed } from '../../src/seed'
import { type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

/**
 * The other side of the bad-input corpus: the guards must refuse nothing real. Every document of
 * the seeded Jaarverslag 2024, read through the API and sent back the way the admin saves (a
 * multipart body with the document as JSON in `_payload`, empty lists as their row count 0, as a
 * draft), is accepted.
 */
let ctx: TestContext
let server: TestServer
let editor: Client

const collections = ['reports', 'chapters', 'featured-articles', 'practices', 'podcast-series', 'podcast-episodes', 'publications', 'people', 'datasets'] as const

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  await seed(ctx.payload)
  await createUsers(ctx.payload, 'rt')
  editor = await login(server, 'rt-editor@test.local', TEST_PASSWORD)
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

type FieldLike = { blocks?: { fields?: unknown; flattenedFields?: FieldLike[]; slug: string }[]; flattenedFields?: FieldLike[]; name?: string; type: string }

/** The admin's form state holds an array or blocks field as its row count: one without rows is sent as 0. */
const emptyListsAsRowCounts = (fields: FieldLike[], data: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = { ...data }
  for (const field of fields) {
    const value = field.name ? data[field.name] : undefined
    if (!field.name || value === undefined || value === null) continue
    if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value)) {
      out[field.name] =
        value.length === 0
          ? 0
          : value.map((row: Record<string, unknown>) => {
              const rowFields = field.type === 'array' ? field.flattenedFields : field.blocks?.find((block) => block.slug === row.blockType)?.flattenedFields
              return emptyListsAsRowCounts(rowFields ?? [], row)
            })
    } else if ((field.type === 'group' || field.type === 'tab') && typeof value === 'object' && !Array.isArray(value)) {
      out[field.name] = emptyListsAsRowCounts(field.flattenedFields ?? [], value as Record<string, unknown>)
    }
  }
  return out
}

const saveAsTheAdminDoes = async (collection: string, doc: Record<string, unknown>) => {
  const form = new FormData()
  const fields = ctx.payload.collections[collection as 'chapters'].config.flattenedFields as unknown as FieldLike[]
  form.append('_payload', JSON.stringify(emptyListsAsRowCounts(fields, doc)))
  const response = await fetch(`${server.url}/api/${collection}/${doc.id}?draft=true&depth=0`, {
    body: form,
    headers: { Authorization: `JWT ${editor.token}` },
    method: 'PATCH',
  })
  return { body: await response.json(), status: response.status }
}

describe('real documents pass the input guards', () => {
  it.each(collections)('every %s document, read at depth 0 and saved back as a draft, is accepted', async (collection) => {
    const read = await editor.rest(`/${collection}?depth=0&draft=true&limit=0`)
    expect(read.status).toBe(200)
    expect(read.body.docs.length).toBeGreaterThan(0)
    const refused: unknown[] = []
    for (const doc of read.body.docs) {
      const saved = await saveAsTheAdminDoes(collection, doc)
      if (saved.status !== 200) refused.push({ errors: saved.body.errors, id: doc.id, status: saved.status })
    }
    expect(refused).toEqual([])
  })

  it('chapters read at depth 1 (relations as documents) are accepted back too', async () => {
    const read = await editor.rest('/chapters?depth=1&draft=true&limit=0')
    const statuses = []
    for (const doc of read.body.docs) statuses.push((await saveAsTheAdminDoes('chapters', doc)).status)
    expect(new Set(statuses)).toEqual(new Set([200]))
  })
})
