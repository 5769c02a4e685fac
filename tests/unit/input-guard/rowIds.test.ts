import type { FlattenedField } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { freshenRowIds, rowIdsOf } from '../../../src/plugins/input-guard/rowIds'

const fields = [
  { flattenedFields: [{ name: 'label', type: 'text' }, { name: 'id', type: 'text' }], name: 'keyFigures', type: 'array' },
  {
    flattenedFields: [
      { name: 'title', type: 'text' },
      { flattenedFields: [{ name: 'name', type: 'text' }, { name: 'id', type: 'text' }], name: 'guests', type: 'array' },
      { name: 'id', type: 'text' },
    ],
    name: 'activities',
    type: 'array',
  },
  { blocks: [{ flattenedFields: [{ name: 'id', type: 'text' }], slug: 'quote' }], name: 'layout', type: 'blocks' },
] as unknown as FlattenedField[]

const counter = () => {
  let next = 0
  return () => `nieuw-${++next}`
}

describe('array and block row ids', () => {
  it('collects the row ids of a document at every depth', () => {
    const doc = { activities: [{ guests: [{ id: 'g1' }], id: 'a1' }], keyFigures: [{ id: 'k1' }, { id: 'k2' }], layout: [{ blockType: 'quote', id: 'b1' }] }
    expect([...rowIdsOf(fields, doc)].sort()).toEqual(['a1', 'b1', 'g1', 'k1', 'k2'])
    expect(rowIdsOf(fields, undefined).size).toBe(0)
  })

  it('a new document gets new ids for every row that has one; rows without an id are left for Payload', () => {
    const data = { activities: [{ guests: [{ id: 'g1' }, {}], id: 'a1' }], keyFigures: [{ id: 'k1', label: 'A' }, { label: 'B' }], layout: [{ blockType: 'quote', id: 'b1' }] }
    expect(freshenRowIds(fields, data, new Set(), counter())).toBe(4)
    expect(data).toEqual({
      activities: [{ guests: [{ id: 'nieuw-3' }, {}], id: 'nieuw-2' }],
      keyFigures: [{ id: 'nieuw-1', label: 'A' }, { label: 'B' }],
      layout: [{ blockType: 'quote', id: 'nieuw-4' }],
    })
  })

  it('an update keeps the ids of its own rows and renumbers the others', () => {
    const data = { keyFigures: [{ id: 'eigen' }, { id: 'van-een-ander' }] }
    expect(freshenRowIds(fields, data, new Set(['eigen']), counter())).toBe(1)
    expect(data.keyFigures).toEqual([{ id: 'eigen' }, { id: 'nieuw-1' }])
  })
})
