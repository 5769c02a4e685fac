import type { Actor } from './types'

import type { Refusal } from './rules'

/** Fields that are bookkeeping, never content: changing them never counts as an edit. */
export const BOOKKEEPING_FIELDS = new Set([
  '_status',
  'createdAt',
  'figureCheck',
  'id',
  'owner',
  'referencedRecords',
  'reviewNotes',
  'scheduledPublishFailure',
  'sortKey',
  'updatedAt',
  'workflowReason',
  'workflowStage',
])

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * A comparable form of a field value: relationships as their id, empty values as null, object
 * keys sorted, and the figures' read-only `resolved` dropped. Two values that mean the same thing
 * (a populated relation and its id, `[]` and `null`) give the same string.
 */
export const canonical = (value: unknown): unknown => {
  if (isEmpty(value)) return null
  if (Array.isArray(value)) return value.map(canonical)
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>
    if ('relationTo' in object && 'value' in object) return { relationTo: object.relationTo, value: canonical(object.value) }
    if ('id' in object && ('createdAt' in object || 'updatedAt' in object)) return String(object.id)
    const result: Record<string, unknown> = {}
    for (const key of Object.keys(object).sort()) {
      if (key === 'resolved') continue
      const next = canonical(object[key])
      if (next !== null) result[key] = next
    }
    return Object.keys(result).length ? result : null
  }
  if (typeof value === 'number') return String(value)
  return value
}

const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))

/** The top-level fields whose value `data` changes compared with `original` (bookkeeping left out). */
export const changedFields = (data: Record<string, unknown>, original: Record<string, unknown> | undefined): string[] =>
  Object.keys(data).filter((key) => {
    if (BOOKKEEPING_FIELDS.has(key) || data[key] === undefined) return false
    if (!original) return !isEmpty(data[key])
    return !same(data[key], original[key])
  })

export type ReviewNote = {
  id?: null | string
  text?: null | string
  author?: unknown
  createdAt?: null | string
  resolved?: boolean | null
  resolvedBy?: unknown
  resolvedAt?: null | string
}

const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/**
 * Review notes: editors write and remove them, the document's author (and editors) mark them
 * resolved. Who wrote a note and when is set by the server, never by the client.
 */
export const reconcileNotes = (
  before: ReviewNote[] | null | undefined,
  after: ReviewNote[] | null | undefined,
  { actor, isOwner, now, userId }: { actor: Actor; isOwner: boolean; now: string; userId: unknown },
): { notes: ReviewNote[] } | { refusal: Refusal } => {
  const previous = new Map((before ?? []).filter((note) => note.id).map((note) => [String(note.id), note]))
  const editor = actor === 'admin' || actor === 'editor' || actor === 'system'
  const refuse = (nl: string, en: string): { refusal: Refusal } => ({ refusal: { message: { en, nl }, path: 'reviewNotes', status: 403 } })
  const notes: ReviewNote[] = []
  const kept = new Set<string>()
  for (const note of after ?? []) {
    const old = note.id ? previous.get(String(note.id)) : undefined
    if (!old) {
      if (!editor) return refuse('Alleen een redacteur of beheerder schrijft een reviewnotitie.', 'Only an editor or administrator writes a review note.')
      if (!note.text?.trim()) return { refusal: { message: { en: 'A review note needs a text.', nl: 'Een reviewnotitie heeft een tekst nodig.' }, path: 'reviewNotes', status: 400 } }
      notes.push({
        ...note,
        author: userId ?? null,
        createdAt: now,
        resolved: Boolean(note.resolved),
        resolvedAt: note.resolved ? now : null,
        resolvedBy: note.resolved ? (userId ?? null) : null,
      })
      continue
    }
    kept.add(String(old.id))
    if ((note.text ?? '') !== (old.text ?? '') && !editor) {
      return refuse('Alleen een redacteur of beheerder wijzigt de tekst van een reviewnotitie.', 'Only an editor or administrator changes the text of a review note.')
    }
    const resolved = note.resolved === undefined ? Boolean(old.resolved) : Boolean(note.resolved)
    const toggled = resolved !== Boolean(old.resolved)
    if (toggled && !editor && !(actor === 'author' && isOwner)) {
      return refuse('Alleen de auteur van het document of een redacteur lost een reviewnotitie op.', "Only the document's author or an editor resolves a review note.")
    }
    notes.push({
      ...note,
      author: idOf(old.author) ?? null,
      createdAt: old.createdAt ?? null,
      resolved,
      resolvedAt: toggled ? (resolved ? now : null) : (old.resolvedAt ?? null),
      resolvedBy: toggled ? (resolved ? (userId ?? null) : null) : (idOf(old.resolvedBy) ?? null),
    })
  }
  if (!editor && [...previous.keys()].some((id) => !kept.has(id))) {
    return refuse('Alleen een redacteur of beheerder verwijdert een reviewnotitie.', 'Only an editor or administrator removes a review note.')
  }
  return { notes }
}

/** What an applied dataset import did, as one audit summary (Dutch first, like the other entries, then English). */
export const importAuditSummary = ({
  fileName,
  summary,
  version,
}: {
  fileName: string
  summary: { added?: number | null; changed?: number | null; removed?: number | null; unchanged?: number | null }
  version: number
}): string => {
  const count = (value: number | null | undefined) => value ?? 0
  const { added, changed, removed, unchanged } = { added: count(summary.added), changed: count(summary.changed), removed: count(summary.removed), unchanged: count(summary.unchanged) }
  return (
    `Import versie ${version} uit ${fileName}: ${added} records toegevoegd, ${changed} gewijzigd, ${removed} verwijderd, ${unchanged} ongewijzigd. / ` +
    `Import version ${version} from ${fileName}: ${added} records added, ${changed} changed, ${removed} removed, ${unchanged} unchanged.`
  )
}

/**
 * What a deletion removed, as its audit summary: "Verwijderd." for a document alone; a dataset
 * deleted with its records and import history says how many of each went with it.
 */
export const deletionAuditSummary = (removed?: { imports: number; records: number }): string => {
  if (!removed || (removed.records === 0 && removed.imports === 0)) return 'Verwijderd.'
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`
  const records = plural(removed.records, 'record', 'records')
  const imports = { en: plural(removed.imports, 'import (version)', 'imports (versions)'), nl: plural(removed.imports, 'import (versie)', 'imports (versies)') }
  return `Verwijderd, met ${records} en ${imports.nl}. / Deleted with ${records} and ${imports.en}.`
}
