import type { CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { bindNumberInRichText, isFigureUnit } from '../engine/index.ts'
import { KEY_FIGURE_BLOCK } from '../engine/lexical.ts'
import { richTextPathsOf, setValueAt, valueAt } from '../fields/richTextFields.ts'

export type BindNumberInput = { block: number; collection: string; id: number | string; index: number; path: string; record: number | string; text: string }

export class BindNumberError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    readonly field: string,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Binds a number found in a document's rich text to a record: the number becomes an inline key
 * figure (label and unit from the record, the text as printed) in a new draft, saved with the
 * user's own access (so the figure gate and the workflow judge it like any save).
 */
export const bindNumber = async (input: BindNumberInput, req: PayloadRequest, options: SanitizedKeyFiguresOptions) => {
  if (!(options.collections as readonly string[]).includes(input.collection)) throw new BindNumberError(400, 'collection', `"${input.collection}" heeft geen kerncijfers / has no key figures.`)
  if (!richTextPathsOf(req.payload, input.collection).includes(input.path)) throw new BindNumberError(400, 'path', `"${input.path}" is geen tekstveld / is no rich-text field.`)
  const collection = input.collection as CollectionSlug
  const doc = (await req.payload.findByID({ collection, depth: 0, draft: true, id: input.id, overrideAccess: false, req, disableErrors: true })) as null | Record<string, unknown>
  if (!doc) throw new BindNumberError(404, 'id', `Document ${input.id} niet gevonden / not found.`)
  const record = (await req.payload.findByID({ collection: options.slugs.records, depth: 0, id: input.record, overrideAccess: false, req, disableErrors: true })) as null | Record<string, unknown>
  if (!record || !isFigureUnit(record.unit)) throw new BindNumberError(404, 'record', `Record ${input.record} niet gevonden / not found.`)
  const fields = { label: String(record.label ?? ''), operation: 'record', record: record.id, rounding: 'tolerant', shown: input.text, unit: record.unit }
  const bound = bindNumberInRichText(valueAt(doc, input.path), { block: input.block, index: input.index, text: input.text }, fields, KEY_FIGURE_BLOCK)
  if (!bound) throw new BindNumberError(409, 'text', `"${input.text}" staat niet meer op die plaats; vernieuw de pagina / is no longer there; reload.`)
  const top = input.path.split('.')[0]
  const data: Record<string, unknown> = { [top]: JSON.parse(JSON.stringify(doc[top] ?? null)) }
  if (top === input.path) data[top] = bound
  else setValueAt(data, input.path, bound)
  await req.payload.update({ collection, data: data as never, depth: 0, draft: true, id: input.id, overrideAccess: false, req })
  return { bound: true }
}
