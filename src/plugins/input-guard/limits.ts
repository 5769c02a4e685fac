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

/** A field no one types into: the admin shows it read-only or not at all, and the server fills it. */
const isServerManaged = (field: Field) => Boolean(field.admin && ('readOnly' in field.admin && field.admin.readOnly || 'hidden' in field.admin && field.admin.hidden))

/**
 * The same fields, with a `maxLength` on every text and textarea field that has none, at any
 * depth (rows, collapsibles, tabs, groups, arrays, blocks). A limit a field sets itself is kept.
 * Fields the server fills (read-only or hidden in the admin, and everything inside them, e.g. the
 * reason of a failed scheduled publish) get none: their text comes from the server, and a limit
 * would only make its bookkeeping fail. Fields are copied, never changed in place.
 */
export const withTextLimits = (fields: readonly Field[], limits: TextLimits, serverManaged = false): Field[] =>
  fields.map((field): Field => {
    const managed = serverManaged || isServerManaged(field)
    switch (field.type) {
      case 'text':
      case 'textarea':
        return typeof field.maxLength === 'number' || managed ? field : ({ ...field, maxLength: defaultMaxLength(field, limits) } as Field)
      case 'array':
      case 'collapsible':
      case 'group':
      case 'row':
        return { ...field, fields: withTextLimits(field.fields, limits, managed) } as Field
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withTextLimits(tab.fields, limits, managed) })) }
      case 'blocks':
        return {
          ...field,
          blocks: field.blocks.map((block) => ({ ...block, fields: withTextLimits(block.fields, limits, managed) })),
        }
      default:
        return field
    }
  })
