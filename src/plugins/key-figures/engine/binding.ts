/**
 * A figure's binding as the engine reads it: which records it names, and how. One reading,
 * shared by id collection and checking, so that exactly the records that are checked get loaded.
 */
import { isOperation, type FigureBinding, type Operation, type RecordId } from './types.ts'

/**
 * The id inside whatever shape a relationship value has: a bare id, a
 * populated document `{ id }`, or a polymorphic `{ relationTo, value }`.
 * Empty strings and non-finite numbers are not ids.
 */
export function normalizeRecordId(ref: unknown): RecordId | null {
  if (typeof ref === 'string') return ref.trim() === '' ? null : ref.trim()
  if (typeof ref === 'number') return Number.isFinite(ref) ? ref : null
  if (typeof ref === 'object' && ref !== null) {
    const object = ref as { id?: unknown; value?: unknown }
    if (object.id !== undefined && object.id !== null) return normalizeRecordId(object.id)
    if (object.value !== undefined && object.value !== null) return normalizeRecordId(object.value)
  }
  return null
}

export type ResolvedBinding =
  | { kind: 'none' }
  | { kind: 'bad-operation'; operation: unknown }
  | { kind: 'record'; id: RecordId }
  | { kind: 'derived'; operation: Operation; ids: (RecordId | null)[] }

/**
 * One interpretation of a binding, shared by id collection and checking so
 * that exactly the records that are checked get loaded. An operation wins
 * over a single record; "record" as an operation means "no operation".
 */
export function resolveBinding(figure: FigureBinding): ResolvedBinding {
  const operation: unknown = figure.operation
  if (operation !== undefined && operation !== null && operation !== '' && operation !== 'record') {
    if (!isOperation(operation)) return { kind: 'bad-operation', operation }
    const operands: unknown[] = Array.isArray(figure.operands) ? figure.operands : []
    // Empty operands are kept (as null) so they are reported, not dropped:
    // dropping one would silently change a sum or a share.
    return { kind: 'derived', operation, ids: operands.map(normalizeRecordId) }
  }
  const id = normalizeRecordId(figure.record)
  return id === null ? { kind: 'none' } : { kind: 'record', id }
}

/** Every record id the figures need, deduplicated by its string form, first-seen order. */
export function collectReferencedRecordIds(figures: readonly FigureBinding[]): RecordId[] {
  const ids = new Map<string, RecordId>()
  for (const figure of Array.isArray(figures) ? figures : []) {
    if (typeof figure !== 'object' || figure === null) continue
    const binding = resolveBinding(figure)
    const found = binding.kind === 'record' ? [binding.id] : binding.kind === 'derived' ? binding.ids : []
    for (const id of found) {
      if (id !== null && !ids.has(String(id))) ids.set(String(id), id)
    }
  }
  return [...ids.values()]
}
