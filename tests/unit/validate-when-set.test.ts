import type { Condition, JSONField, RelationshipField } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { hasValue, validateWhenSet } from '../../src/plugins/key-figures/fields/validateWhenSet'

const field = validateWhenSet<JSONField>({ name: 'awaitingData', type: 'json', admin: { hidden: true } })
const condition = field.admin?.condition as Condition
const holds = (siblingData: Record<string, unknown> | undefined) => condition({}, siblingData as never, { blockData: {}, operation: 'update', path: [], user: null } as never)

describe('validateWhenSet: hidden fields are validated when they hold something', () => {
  it('keeps the field as it was, with the condition added', () => {
    expect({ ...field, admin: { ...field.admin, condition: undefined } }).toEqual({ name: 'awaitingData', type: 'json', admin: { condition: undefined, hidden: true } })
  })

  it('an empty field is skipped: missing, null, an empty list', () => {
    expect(holds({})).toBe(false)
    expect(holds(undefined)).toBe(false)
    expect(holds({ awaitingData: null })).toBe(false)
    expect(holds({ awaitingData: [] })).toBe(false)
  })

  it('a field with a value is validated, whatever the value: also text that is not JSON, 0, false and an empty object', () => {
    for (const value of [{ dataset: 3, key: 'a' }, '{niet json', '', 0, false, {}, [4]]) expect(holds({ awaitingData: value })).toBe(true)
  })

  it("looks at the field's own name only", () => {
    expect(holds({ other: 'x' })).toBe(false)
    const other = validateWhenSet<RelationshipField>({ name: 'other', type: 'relationship', relationTo: 'x' as never, hasMany: true })
    expect((other.admin?.condition as Condition)({}, { other: [1] } as never, {} as never)).toBe(true)
  })

  it('hasValue agrees', () => {
    expect([undefined, null, [], 0, '', {}, [null]].map(hasValue)).toEqual([false, false, false, true, true, true, true])
  })
})
