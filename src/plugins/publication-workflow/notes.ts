import type { Refusal } from './rules.ts'
import type { Actor } from './types.ts'

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
