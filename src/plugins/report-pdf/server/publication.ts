/**
 * Whether a save changed what the public sees of a report: the pure part of the hooks that queue
 * a new PDF edition. Collection hooks get no `draft` flag, so a save whose result is a draft of a
 * document that was published is either a new draft (the public keeps the published version) or
 * an unpublish; the hook reads the stored status only then, and hands it in as `mainStatus`.
 */
export type PublicationChange = 'publish' | 'unpublish' | null

type Status = null | string | undefined

/** True when the answer depends on the stored status (a draft result of a published document). */
export const needsStoredStatus = (status: Status, previousStatus: Status): boolean => status !== 'published' && previousStatus === 'published'

export const publicationChange = ({ mainStatus, previousStatus, status }: { mainStatus?: Status; previousStatus: Status; status: Status }): PublicationChange => {
  if (status === 'published') return 'publish'
  if (needsStoredStatus(status, previousStatus)) return mainStatus === 'published' ? null : 'unpublish'
  return null
}

const idOf = (value: unknown): null | number | string => {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

/** The reports a document belongs to before and after a change (a chapter may move to another report). */
export const reportsOf = (field: string, ...docs: (null | Record<string, unknown> | undefined)[]): (number | string)[] => {
  const ids = new Map<string, number | string>()
  for (const doc of docs) {
    const id = idOf(doc?.[field])
    if (id !== null) ids.set(String(id), id)
  }
  return [...ids.values()]
}
