import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Payload, ValidationError } from 'payload'

import { freshDatabase } from './database'

/**
 * The key-figures plugin in an app that is not jaarverslag-cms, installed from its packed
 * tarball: figures in a blog's posts bound to a dataset, the publish gate, the stale flag.
 */
const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

let payload: Payload
let database: Awaited<ReturnType<typeof freshDatabase>>

beforeAll(async () => {
  database = await freshDatabase()
  process.env.DATABASE_URL = database.url
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload?.destroy()
  await database?.drop()
})

let sequence = 0

/** A published dataset with one record, as an editor would make it. */
const dataset = async (value: string) => {
  sequence += 1
  const set = await payload.create({ collection: 'datasets', data: { _status: 'published', slug: `bezoekers-${sequence}`, title: `Bezoekers ${sequence}` } })
  return payload.create({ collection: 'dataset-records', data: { dataset: set.id, key: 'bezoekers.totaal', label: 'Bezoekers', unit: 'count', value } })
}

/** A draft post with one key figure showing `shown`, bound to `record`. */
const draftPost = (record: { id: number | string }, shown: string) =>
  payload.create({
    collection: 'posts',
    data: { keyFigures: [{ label: 'Bezoekers', operation: 'record', record: record.id, shown, unit: 'count' }], slug: `post-${++sequence}`, title: 'Een jaar in cijfers' },
    draft: true,
  })

describe('a Payload app with the key-figures plugin from its tarball', () => {
  it('loads the packed package from its own node_modules, as built JavaScript', () => {
    for (const entry of ['@jaarverslag/key-figures', '@jaarverslag/key-figures/client', '@jaarverslag/key-figures/engine', '@jaarverslag/published-versions']) {
      const file = realpathSync(require.resolve(entry))
      expect(path.relative(app, file)).toMatch(/^node_modules\/@jaarverslag\/(key-figures|published-versions)\/dist\/.+\.js$/)
    }
  })

  it('binds a figure to a record: it publishes, and reads back resolved against the data', async () => {
    const record = await dataset('1540')
    const post = await draftPost(record, '1.540')
    const published = await payload.update({ collection: 'posts', data: { _status: 'published' }, id: post.id })
    expect(published.figureCheck).toMatchObject({ findings: [], status: 'ok' })
    const read = await payload.findByID({ collection: 'posts', depth: 0, id: post.id })
    expect(read.keyFigures?.[0]?.resolved).toMatchObject({ formatted: '1.540', matches: true, value: '1540' })
  })

  it('refuses to publish a figure that disagrees with its data, with the error on the figure field', async () => {
    const record = await dataset('1540')
    const post = await draftPost(record, '1.541')
    const refusal = await payload.update({ collection: 'posts', data: { _status: 'published' }, id: post.id }).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(ValidationError)
    expect(refusal).toMatchObject({ status: 400 })
    const [error] = (refusal as { data: { errors: { message: string; path: string }[] } }).data.errors
    expect(error.path).toBe('keyFigures.0.shown')
    expect(error.message).toContain('1.540')
    const stored = await payload.findByID({ collection: 'posts', depth: 0, id: post.id })
    expect(stored._status).toBe('draft')
  })

  it('marks a published post stale when its record changes, and leaves its text alone', async () => {
    const record = await dataset('1540')
    const post = await draftPost(record, '1.540')
    await payload.update({ collection: 'posts', data: { _status: 'published' }, id: post.id })
    await payload.update({ collection: 'dataset-records', data: { value: '1600' }, id: record.id })
    const stale = await payload.findByID({ collection: 'posts', depth: 0, id: post.id })
    expect(stale.figureCheck?.status).toBe('stale')
    expect(stale.keyFigures?.[0]?.shown).toBe('1.540')
    expect(stale.keyFigures?.[0]?.resolved).toMatchObject({ formatted: '1.600', matches: false })
  })
})
