/**
 * Of the signals read (the last few minutes' worth), those not applied yet, and their tags; records
 * them as applied and forgets applied ids older than `forgetBefore` (they can no longer be read).
 * Pure, so the poller's bookkeeping is tested alone.
 */
export const unseenSignals = (
  docs: readonly { createdAt: string; id: number | string; tags: unknown }[],
  applied: Map<string, number>,
  forgetBefore: number,
): { ids: string[]; tags: string[] } => {
  const ids: string[] = []
  const tags = new Set<string>()
  for (const doc of docs) {
    const key = String(doc.id)
    if (applied.has(key)) continue
    applied.set(key, Date.parse(doc.createdAt) || Date.now())
    ids.push(key)
    if (Array.isArray(doc.tags)) for (const tag of doc.tags) if (typeof tag === 'string') tags.add(tag)
  }
  for (const [key, at] of applied) if (at < forgetBefore) applied.delete(key)
  return { ids, tags: [...tags] }
}
