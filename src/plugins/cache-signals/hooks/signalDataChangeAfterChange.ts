import type { CollectionAfterChangeHook } from 'payload'

import { tagsOfDatasetRef } from '../datasetOf'
import { emitCacheSignal } from '../emit'

/**
 * A record saved or removed, or an import applied (its entry names the dataset): the figures drawn
 * from that dataset show new values or verdicts, on every server. `datasets` is the datasets' slug.
 */
export const signalDataChangeAfterChange =
  (datasets: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const tags = await tagsOfDatasetRef(req, datasets, doc?.dataset)
    const before = previousDoc?.dataset !== undefined && String(previousDoc.dataset) !== String(doc?.dataset) ? await tagsOfDatasetRef(req, datasets, previousDoc.dataset) : []
    await emitCacheSignal(req, [...tags, ...before])
    return doc
  }
