import type { PayloadRequest } from 'payload'

import { emitCacheSignal } from './emit'
import { docTag } from './tags'

/**
 * For the key-figures `afterFigureCheckChange` option: documents whose stored check moved (stale,
 * or ok again) after a data change show it (the verdict, the date checked): their pages, on every server.
 */
export const signalFigureCheckChange = async ({ changes, req }: { changes: { collection: string; id: number | string }[]; req: PayloadRequest }): Promise<void> => {
  await emitCacheSignal(
    req,
    changes.map(({ collection, id }) => docTag(collection, id)),
  )
}
