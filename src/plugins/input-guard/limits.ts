import type { Field } from 'payload'

import type { TextLimits } from './types'

const TITLE_NAMES = new Set(['label', 'name', 'title'])

/** The length limit a text or textarea field gets when it sets none itself. */
export const defaultMaxLength = (field: { name?: string; type: string }, limits: TextLimits): number | undefined => {
  if (field.type === 'textarea') return limits.textarea
  if (field.type !== 'text') return undefined
  const name = field.name ?? ''
  if (name === 'slug') return limits.slug
  if (TITLE_NAMES.has(name) || name.endsWith('Title')) return limits.title
  return limits.text
}

/**
 * The same fields, with a `maxLength` on every text and textarea field that has none, at any
 * depth (rows, collapsibles, tabs, groups, arrays, blocks). A limit a field sets itself is kept.
 * Fields are copied, never changed in place: configs share field objects between collections.
 */
export const withTextLimits = (fields: readonly Field[], limits: TextLimits): Field[] =>
  fields.map((field): Field => {
    switch (field.type) {
      case 'text':
      case 'textarea':
        return typeof field.maxLength === 'number' ? field : ({ ...field, maxLength: defaultMaxLength(field, limits) } as Field)
      case 'array':
      case 'collapsible':
      case 'group':
      case 'row':
        return { ...field, fields: withTextLimits(field.fields, limits) } as Field
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withTextLimits(tab.fields, limits) })) }
      case 'blocks':
        return {
          ...field,
          blocks: field.blocks.map((block) => ({ ...block, fields: withTextLimits(block.fields, limits) })),
        }
      default:
        return field
    }
  })
