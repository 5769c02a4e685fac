import type { Field } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { defaultMaxLength, withTextLimits } from '../../../src/plugins/input-guard/limits'
import { DEFAULT_TEXT_LIMITS } from '../../../src/plugins/input-guard/options'

const limits = DEFAULT_TEXT_LIMITS

describe('text limits for every text field', () => {
  it.each([
    [{ name: 'title', type: 'text' }, 300],
    [{ name: 'name', type: 'text' }, 300],
    [{ name: 'label', type: 'text' }, 300],
    [{ name: 'documentTitle', type: 'text' }, 300],
    [{ name: 'slug', type: 'text' }, 120],
    [{ name: 'organisation', type: 'text' }, 1_000],
    [{ name: 'description', type: 'textarea' }, 10_000],
    [{ name: 'year', type: 'number' }, undefined],
  ])('%j gets %s', (field, max) => {
    expect(defaultMaxLength(field, limits)).toBe(max)
  })

  it('sets a maxLength on text and textarea fields at any depth, keeps one a field sets itself, and changes no field in place', () => {
    const fields = [
      { name: 'title', type: 'text' },
      { maxLength: 1200, name: 'summary', type: 'textarea' },
      { fields: [{ name: 'region', type: 'text' }], type: 'row' },
      { tabs: [{ fields: [{ fields: [{ name: 'quote', type: 'textarea' }], name: 'pullQuotes', type: 'array' }], label: 'Tekst' }], type: 'tabs' },
      { fields: [{ name: 'title', type: 'text' }], name: 'meta', type: 'group' },
      { blocks: [{ fields: [{ name: 'caption', type: 'text' }], slug: 'image' }], name: 'layout', type: 'blocks' },
      { fields: [{ name: 'note', type: 'text' }], label: 'Meer', type: 'collapsible' },
    ] as unknown as Field[]
    const snapshot = JSON.stringify(fields)
    const limited = withTextLimits(fields, limits) as any[]
    expect(JSON.stringify(fields)).toBe(snapshot)
    expect(limited[0].maxLength).toBe(300)
    expect(limited[1].maxLength).toBe(1200)
    expect(limited[2].fields[0].maxLength).toBe(1_000)
    expect(limited[3].tabs[0].fields[0].fields[0].maxLength).toBe(10_000)
    expect(limited[4].fields[0].maxLength).toBe(300)
    expect(limited[5].blocks[0].fields[0].maxLength).toBe(1_000)
    expect(limited[6].fields[0].maxLength).toBe(1_000)
  })

  it('leaves fields the server fills alone: hidden or read-only in the admin, and what is inside them', () => {
    const limited = withTextLimits(
      [
        { admin: { hidden: true }, name: 'sortKey', type: 'text' },
        { admin: { readOnly: true }, fields: [{ name: 'reason', type: 'textarea' }], name: 'scheduledPublishFailure', type: 'group' },
      ] as unknown as Field[],
      limits,
    ) as any[]
    expect(limited[0].maxLength).toBeUndefined()
    expect(limited[1].fields[0].maxLength).toBeUndefined()
  })
})
