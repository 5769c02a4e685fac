import type { Field, FieldAccess } from 'payload'

import type { SanitizedWorkflowOptions } from '../types.ts'

import { BOOKKEEPING_FIELDS } from '../changes.ts'
import { sameId } from '../server/ids.ts'
import { workflowFields } from '../types.ts'

/**
 * Payload computes a form's field permissions with `{ id, data, doc, req }` only; a save runs the
 * same function with `siblingData` besides (fields/hooks/beforeValidate). The UI mirror answers
 * the first; a save always passes, so the workflow hook keeps refusing a forbidden change by name
 * (403) instead of Payload dropping it silently.
 */
const isPermissionQuery = (args: Parameters<FieldAccess>[0]) => !('siblingData' in args) || args.siblingData === undefined

/** Whether an author may change this field of this document, as the workflow's rules decide on save. */
export const authorMayChange = ({
  authorFields,
  field,
  isOwner,
}: {
  authorFields: readonly string[]
  field: string
  isOwner: boolean
}): boolean => {
  if (field === workflowFields.owner) return false
  if (isOwner) return true
  if (field === workflowFields.notes) return true
  return authorFields.includes(field)
}

const readOnlyForAuthors =
  (name: string, options: SanitizedWorkflowOptions, authorFields: readonly string[], own?: FieldAccess): FieldAccess =>
  async (args) => {
    if (own && !(await own(args))) return false
    if (!isPermissionQuery(args)) return true
    if (options.actorOf(args.req.user) !== 'author') return true
    // Payload passes the stored document as `doc` (not always its `id`); none means a new document.
    const doc = args.doc as Record<string, unknown> | undefined
    const isOwner = doc?.id === undefined && args.id === undefined ? true : sameId(doc?.[workflowFields.owner], args.req.user?.id)
    return authorMayChange({ authorFields, field: name, isOwner })
  }

const EXCLUDED = new Set([...BOOKKEEPING_FIELDS].filter((name) => name !== workflowFields.owner && name !== workflowFields.stage))

/**
 * The UI mirror of the author rules: every top-level field an author may not change on this
 * document is read-only in their form (fields in unnamed tabs, rows and collapsibles are top
 * level too). The server rules stay the authority.
 */
export const withAuthorReadOnlyFields = (fields: Field[], options: SanitizedWorkflowOptions, authorFields: readonly string[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) =>
          'name' in tab && tab.name ? tab : { ...tab, fields: withAuthorReadOnlyFields(tab.fields, options, authorFields) },
        ),
      }
    }
    if ((field.type === 'row' || field.type === 'collapsible') && !('name' in field && field.name)) {
      return { ...field, fields: withAuthorReadOnlyFields(field.fields, options, authorFields) }
    }
    const name = 'name' in field && typeof field.name === 'string' ? field.name : ''
    if (!name || field.type === 'ui' || EXCLUDED.has(name)) return field
    if (field.admin && 'readOnly' in field.admin && field.admin.readOnly) return field
    const access = (field as { access?: Record<string, FieldAccess | undefined> }).access
    return {
      ...field,
      access: { ...access, update: readOnlyForAuthors(name, options, authorFields, access?.update) },
    } as Field
  })
