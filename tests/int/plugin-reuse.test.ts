import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getPayload, type Payload, ValidationError } from 'payload'

import { createTestDatabase, type TestDatabase } from '../helpers/database'

let payload: Payload
let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  const { default: config } = await import('../fixtures/plugin-twice.config')
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload?.destroy()
  await database?.cleanup()
})

const dataset = async (datasets: string, records: string, value: string) => {
  const set: { id: unknown } = await payload.create({ collection: datasets as never, data: { _status: 'published', slug: `${datasets}-set`, title: datasets } as never })
  return payload.create<never, never>({ collection: records as never, data: { dataset: set.id, key: 'n', label: 'Aantal', unit: 'count', value } as never })
}

const figure = (record: { id: unknown }, shown: string) => ({ label: 'Aantal', operation: 'record', record: record.id, shown, unit: 'count' })

describe('the key-figures plugin registered several times', () => {
  it('adds each instance its own datasets and records collections', () => {
    for (const slug of ['datasets', 'dataset-records', 'kpi-sets', 'kpi-records', 'off-sets', 'off-records']) {
      expect(payload.collections[slug as never]).toBeDefined()
    }
  })

  it('binds each collection to the records of its own instance', () => {
    const memoRecord = (payload.collections['memos' as never] as unknown as { config: { fields: { name?: string }[] } }).config.fields.find((field) => 'name' in field && field.name === 'referencedRecords')
    expect(memoRecord).toMatchObject({ relationTo: 'kpi-records' })
    const noteRecord = (payload.collections['notes' as never] as unknown as { config: { fields: { name?: string }[] } }).config.fields.find((field) => 'name' in field && field.name === 'referencedRecords')
    expect(noteRecord).toMatchObject({ relationTo: 'dataset-records' })
  })

  it('gates publishing in the first instance (a collection with drafts)', async () => {
    const record = await dataset('datasets', 'dataset-records', '12')
    const note: { id: unknown } = await payload.create({ collection: 'notes' as never, data: { keyFigures: [figure(record, '13')], title: 'n1' } as never, draft: true })
    const error = await payload.update({ collection: 'notes' as never, data: { _status: 'published' } as never, id: note.id as never }).catch((caught) => caught)
    expect(error).toBeInstanceOf(ValidationError)
  })

  it('gates every save in the second instance, whose collection has no drafts', async () => {
    const record = await dataset('kpi-sets', 'kpi-records', '7')
    await expect(payload.create({ collection: 'memos' as never, data: { keyFigures: [figure(record, '8')], title: 'm1' } as never })).rejects.toBeInstanceOf(ValidationError)
    const memo = await payload.create({ collection: 'memos' as never, data: { keyFigures: [figure(record, '7')], title: 'm2' } as never })
    expect((memo as { figureCheck?: { status?: string } }).figureCheck?.status).toBe('ok')
  })

  it('keeps the schema but checks nothing when disabled', async () => {
    const record = await dataset('off-sets', 'off-records', '1')
    const plain = await payload.create({ collection: 'plain' as never, data: { _status: 'published', keyFigures: [figure(record, '999')], title: 'p' } as never })
    expect((plain as { keyFigures?: unknown[] }).keyFigures).toHaveLength(1)
    expect((plain as { figureCheck?: { status?: string } }).figureCheck?.status).toBe('unchecked')
  })

  it('gives inline figures to the rich-text fields of the collections it serves, and only those', async () => {
    const { memoFigures, notesFigures } = await import('../fixtures/plugin-twice.config')
    expect(notesFigures.richTextPathsOf(payload, 'notes')).toEqual(['text'])
    expect(notesFigures.richTextPathsOf(payload, 'memos')).toEqual([])
    expect(memoFigures.richTextPathsOf(payload, 'memos')).toEqual(['text'])
    expect(memoFigures.richTextPathsOf(payload, 'users')).toEqual([])
  })
})
