import type { FlattenedField } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { groupByCollection, newRelations, relationsOf } from '../../../src/plugins/input-guard/relations'

const fields = [
  { name: 'report', relationTo: 'reports', type: 'relationship' },
  { hasMany: true, name: 'practices', relationTo: 'practices', type: 'relationship' },
  { flattenedFields: [{ name: 'record', relationTo: 'dataset-records', type: 'relationship' }], name: 'keyFigures', type: 'array' },
  { name: 'owner', relationTo: ['users', 'people'], type: 'relationship' },
] as unknown as FlattenedField[]

const idTypeOf = () => 'number' as const

describe('relations a save points to', () => {
  it('lists every reference with its path, reading populated documents and digits as ids, skipping malformed ones', () => {
    const refs = relationsOf(fields, { keyFigures: [{ record: 7 }, { record: null }], owner: { relationTo: 'users', value: { id: 3 } }, practices: [1, '2', { id: 3 }, 'abc'], report: 9 }, idTypeOf)
    expect(refs.map(({ collection, id, path }) => [collection, id, path])).toEqual([
      ['reports', 9, 'report'],
      ['practices', 1, 'practices'],
      ['practices', 2, 'practices'],
      ['practices', 3, 'practices'],
      ['dataset-records', 7, 'keyFigures.0.record'],
      ['users', 3, 'owner'],
    ])
  })

  it('only references the document did not hold before need a lookup, one per collection, ids once', () => {
    const before = relationsOf(fields, { practices: [1], report: 9 }, idTypeOf)
    const after = relationsOf(fields, { keyFigures: [{ record: 7 }, { record: 7 }], practices: [1, 2, 2], report: 9 }, idTypeOf)
    const fresh = newRelations(after, before)
    expect(fresh.map((ref) => `${ref.collection}/${ref.id}`)).toEqual(['practices/2', 'practices/2', 'dataset-records/7', 'dataset-records/7'])
    expect([...groupByCollection(fresh)]).toEqual([
      ['practices', [2]],
      ['dataset-records', [7]],
    ])
  })
})
