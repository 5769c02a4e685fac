/**
 * Finds (and rewrites) key figures embedded as inline blocks in Lexical
 * rich text.
 *
 * Rich text arrives as JSON that the engine did not produce and cannot
 * trust: older documents, partial saves or hand-edited imports can hold
 * nulls, wrong types or even cycles. The walker therefore accepts anything
 * and simply yields nothing where there is no well-formed key figure.
 */
import { awaitingOf } from './awaiting.ts'
import type { FigureInput, FigureUnit, RecordRef, RoundingMode, Operation } from './types.ts'

/** The `blockType` of key-figure inline blocks, unless told otherwise. */
export const KEY_FIGURE_BLOCK = 'keyFigure'

/** The fields of a key-figure inline block as stored; nothing is guaranteed. */
export interface KeyFigureFields {
  blockType: string
  id?: unknown
  label?: unknown
  shown?: unknown
  unit?: unknown
  record?: unknown
  operation?: unknown
  operands?: unknown
  rounding?: unknown
  [field: string]: unknown
}

export interface InlineFigure {
  /** `${fieldPath}#${index}`: stable within one version of the text. */
  path: string
  fieldPath: string
  /** Position among the key figures of this field, in document order (0-based). */
  index: number
  /** Child indexes from the root to the inline block node. */
  nodePath: number[]
  /** The block id as a string, when it has one. */
  id: string | null
  fields: KeyFigureFields
}

export interface WalkOptions {
  /** Block slug to look for; defaults to "keyFigure". */
  blockType?: string
}

type JsonObject = Record<string, unknown>

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Accepts the stored object, its JSON string, or a bare root node. */
function rootOf(richText: unknown): JsonObject | null {
  let value = richText
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      return null
    }
  }
  if (!isObject(value)) return null
  if (isObject(value.root)) return value.root
  return Array.isArray(value.children) ? value : null
}

function keyFigureFieldsOf(node: JsonObject, blockType: string): KeyFigureFields | null {
  if (node.type !== 'inlineBlock') return null
  const fields = node.fields
  if (!isObject(fields) || fields.blockType !== blockType) return null
  return fields as KeyFigureFields
}

function idOf(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}

/**
 * Visits key-figure blocks in document order (depth first, children in
 * order). Nodes already seen are skipped so a cyclic structure terminates.
 */
function visit(
  root: JsonObject,
  blockType: string,
  onFigure: (fields: KeyFigureFields, nodePath: number[]) => void,
): void {
  const seen = new WeakSet<object>()
  const walk = (node: JsonObject, nodePath: number[]): void => {
    if (seen.has(node)) return
    seen.add(node)
    const fields = keyFigureFieldsOf(node, blockType)
    if (fields) onFigure(fields, nodePath)
    const children = node.children
    if (!Array.isArray(children)) return
    children.forEach((child, index) => {
      if (isObject(child)) walk(child, [...nodePath, index])
    })
  }
  walk(root, [])
}

/** Every key-figure inline block in a rich-text value; [] for anything unusable. */
export function findInlineFigures(richText: unknown, fieldPath: string, options: WalkOptions = {}): InlineFigure[] {
  const root = rootOf(richText)
  if (!root) return []
  const found: InlineFigure[] = []
  visit(root, options.blockType ?? KEY_FIGURE_BLOCK, (fields, nodePath) => {
    const index = found.length
    found.push({ path: `${fieldPath}#${index}`, fieldPath, index, nodePath, id: idOf(fields.id), fields })
  })
  return found
}

export interface MapContext {
  index: number
  nodePath: number[]
}

/**
 * Returns a new tree in which each key figure's fields are replaced by
 * `fn(fields)`; the input is never mutated. Input that holds no usable tree
 * is returned as it came. A JSON string comes back as a JSON string.
 */
export function mapInlineFigures<T>(
  richText: T,
  fn: (fields: KeyFigureFields, context: MapContext) => KeyFigureFields,
  options: WalkOptions = {},
): T {
  const blockType = options.blockType ?? KEY_FIGURE_BLOCK
  const wasString = typeof richText === 'string'
  let value: unknown = richText
  if (wasString) {
    try {
      value = JSON.parse(richText as string)
    } catch {
      return richText
    }
  }
  if (!isObject(value)) return richText
  const hasWrapper = isObject(value.root)
  const root = hasWrapper ? (value.root as JsonObject) : Array.isArray(value.children) ? value : null
  if (!root) return richText

  let index = 0
  const seen = new WeakSet<object>()
  const copy = (node: JsonObject, nodePath: number[]): JsonObject => {
    if (seen.has(node)) return node
    seen.add(node)
    const next: JsonObject = { ...node }
    const fields = keyFigureFieldsOf(node, blockType)
    if (fields) {
      const replaced = fn(fields, { index: index++, nodePath })
      if (isObject(replaced)) next.fields = replaced
    }
    if (Array.isArray(node.children)) {
      next.children = node.children.map((child: unknown, childIndex: number) =>
        isObject(child) ? copy(child, [...nodePath, childIndex]) : child,
      )
    }
    return next
  }
  const newRoot = copy(root, [])
  const result = hasWrapper ? { ...value, root: newRoot } : newRoot
  return (wasString ? JSON.stringify(result) : result) as T
}

/** A relationship or id as stored, with empty values dropped. */
function refOf(value: unknown): RecordRef | null {
  if (typeof value === 'string') return value === '' ? null : value
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (isObject(value)) return value as RecordRef
  return null
}

/**
 * Turns a found block into the engine's input. Values are taken as stored;
 * `unit`, `operation` and `rounding` are re-validated by `checkFigures`,
 * which reports anything unknown instead of trusting this cast.
 */
export function inlineFigureToInput(figure: InlineFigure): FigureInput {
  const { fields } = figure
  const shown = typeof fields.shown === 'string' ? fields.shown : fields.shown == null ? '' : String(fields.shown)
  const label = typeof fields.label === 'string' && fields.label.trim() !== '' ? fields.label : shown
  const operands = Array.isArray(fields.operands)
    ? fields.operands.map(refOf).filter((ref): ref is RecordRef => ref !== null)
    : null
  const input: FigureInput = {
    path: figure.path,
    label,
    shown,
    unit: fields.unit as FigureUnit,
    record: refOf(fields.record),
    operation: (typeof fields.operation === 'string' && fields.operation !== '' ? fields.operation : null) as Operation | null,
    operands,
    rounding: (typeof fields.rounding === 'string' ? fields.rounding : null) as RoundingMode | null,
  }
  const awaiting = awaitingOf(fields.awaitingData)
  if (awaiting) input.awaiting = awaiting
  if (figure.id !== null) input.id = figure.id
  return input
}
