import type { PayloadRequest } from 'payload'

import type { FigureCheckChange, FigureCheckStatus, SanitizedKeyFiguresOptions } from '../types.ts'

const statusOf = (doc: Record<string, unknown>): FigureCheckStatus | null =>
  ((doc.figureCheck as { status?: FigureCheckStatus } | null | undefined)?.status ?? null)

/** The documents whose stored status moved (to stale, or back to ok) between the two checks. */
export const changedStatuses = (entries: { collection: string; doc: Record<string, unknown>; status: 'ok' | 'stale' }[]): FigureCheckChange[] =>
  entries
    .filter(({ doc, status }) => statusOf(doc) !== status)
    .map(({ collection, doc, status }) => ({ collection, id: doc.id as number | string, previousStatus: statusOf(doc), status }))

/** Tells the `afterFigureCheckChange` listener, if any, about the documents whose status moved. */
export const notifyCheckChanges = async (changes: FigureCheckChange[], req: PayloadRequest, options: SanitizedKeyFiguresOptions): Promise<void> => {
  if (changes.length === 0 || !options.afterFigureCheckChange) return
  await options.afterFigureCheckChange({ changes, req })
}
