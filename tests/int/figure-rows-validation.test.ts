import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getPayload, type Payload, ValidationError } from 'payload'

import { createTestDatabase, type TestDatabase } from '../helpers/database'

/*
 * The figure rows' fields are checked by the plugin in one pass (fields/validateFigureRows.ts)
 * instead of one Payload validation per field. On a config without this project's input guard
 * (the plugin as another app installs it), the answers must be Payload's own: the same fields,
 * the same messages, on the same saves.
 */

let payload: Payload
let database: TestDatabase
let record: { id: unknown }
let kpiRecord: { id: unknown }

beforeAll(async () => {
  database = await createTestDatabase()
  process.env.DATABASE_URL = database.url
  const { default: config } = await import('../fixtures/plugin-twice.config')
  payload = await getPayload({ config })
  const set: { id: unknown } = await payload.create({ collection: 'datasets' as never, data: { _status: 'published', slug: 'rows', title: 'Rows' } as never })
  record = await payload.create({ collection: 'dataset-records' as never, data: { dataset: set.id, key: 'n', label: 'Aantal', unit: 'count', value: '12' } as never })
  const kpiSet: { id: unknown } = await payload.create({ collection: 'kpi-sets' as never, data: { _status: 'published', slug: 'kpi', title: 'Kpi' } as never })
  kpiRecord = await payload.create({ collection: 'kpi-records' as never, data: { dataset: kpiSet.id, key: 'n', label: 'Aantal', unit: 'count', value: '7' } as never })
})

afterAll(async () => {
  await payload?.destroy()
  await database?.cleanup()
})

type Row = Record<string, unknown>
const figure = (extra: Row = {}, on: { id: unknown } = record): Row => ({ label: 'Aantal', operation: 'record', record: on.id, shown: '12', unit: 'count', ...extra })
const errorsOf = (error: unknown) => ((error as ValidationError).data as { errors: { label?: string; message: string; path: string }[] }).errors

describe('the figure rows, checked in one pass', () => {
  it("leaves Payload's per-field validation off on the rows, and the array validates them", () => {
    // What saves a 50-figure publish about 7 ms (bench/README.md); dropped by mistake, only the benchmark would tell.
    const fields = (payload.collections['notes' as never] as unknown as { config: { fields: Record<string, any>[] } }).config.fields
    const array = fields.find((field) => field.name === 'keyFigures') as { fields: Record<string, any>[]; validate: unknown }
    expect(typeof array.validate).toBe('function')
    const data = (list: Record<string, any>[]): Record<string, any>[] => list.flatMap((field) => (field.name ? [field] : field.fields ? data(field.fields) : []))
    const unchecked = data(array.fields).filter((field) => field.validate === false).map((field) => field.name)
    expect(unchecked.sort()).toEqual(['awaitingData', 'label', 'operands', 'operation', 'record', 'rounding', 'shown', 'unit'])
  })

  it('refuses a publish naming every invalid row field, with Payload\'s messages and labels', async () => {
    // A draft is stored unchecked, but a value outside an option list cannot be stored at all on
    // PostgreSQL (an enum): the rounding comes with the publish.
    const note: { id: unknown } = await payload.create({ collection: 'notes' as never, data: { keyFigures: [figure({ label: '' }), figure(), figure()], title: 'rows-1' } as never, draft: true })
    const versionsBefore = (await payload.countVersions({ collection: 'notes' as never })).totalDocs
    const rows = [figure({ label: '' }), figure(), figure({ rounding: 'kwart' })]
    const error = await payload.update({ collection: 'notes' as never, data: { _status: 'published', keyFigures: rows } as never, id: note.id as never }).catch((caught) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect(errorsOf(error)).toEqual([
      { label: 'Key figures 1 > Label', message: 'This field is required.', path: 'keyFigures.0.label' },
      { label: 'Key figures 3 > Rounding', message: 'This field has an invalid selection.', path: 'keyFigures.2.rounding' },
    ])
    // Nothing written: still a draft, no new version.
    const stored = (await payload.findByID({ collection: 'notes' as never, depth: 0, draft: true, id: note.id as never })) as Row
    expect(stored._status).toBe('draft')
    expect((await payload.countVersions({ collection: 'notes' as never })).totalDocs).toBe(versionsBefore)
  })

  it('saves drafts unchecked, as Payload does, and publishes once the rows are complete', async () => {
    const note: { id: unknown } = await payload.create({ collection: 'notes' as never, data: { keyFigures: [figure({ label: '' })], title: 'rows-2' } as never, draft: true })
    const fixed = (await payload.update({ collection: 'notes' as never, data: { _status: 'published', keyFigures: [figure()] } as never, id: note.id as never })) as Row
    expect(fixed._status).toBe('published')
  })

  it('checks every save of a collection without drafts, and a hidden awaitingData only when it holds something', async () => {
    const refused = await payload
      .create({ collection: 'memos' as never, data: { keyFigures: [figure({ awaitingData: '{niet json', rounding: 'kwart', shown: '7' }, kpiRecord)], title: 'rows-3' } as never })
      .catch((caught) => caught)
    expect(refused).toBeInstanceOf(ValidationError)
    expect(errorsOf(refused).map(({ message, path }) => ({ message, path }))).toEqual([
      { message: 'This field has an invalid selection.', path: 'keyFigures.0.rounding' },
      { message: 'This field has an invalid input.', path: 'keyFigures.0.awaitingData' },
    ])
    const created = (await payload.create({ collection: 'memos' as never, data: { keyFigures: [figure({ shown: '7' }, kpiRecord)], title: 'rows-4' } as never })) as Row
    expect((created.keyFigures as Row[])[0].awaitingData ?? null).toBeNull()
  })
})
