import type { CollectionSlug, PayloadRequest } from 'payload'

import type { RecordId } from '../../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../../types.ts'
import type { ImportPlan } from './plan.ts'

import { importsSlugOf } from './slugs.ts'
import { yieldToEventLoop } from '../../server/yieldToEventLoop.ts'

/**
 * Keeps an applied import as the dataset's next version, in the import's transaction. The entry
 * is created through the Local API, so the hooks on the imports collection run (the audit log
 * writes its one entry for the whole import there); its two bulky fields, the full diff and the
 * documents made stale, follow through the adapter. Payload's create would deep-copy and walk
 * them several times: 50-100 ms for a 10,000-row diff in one stretch in which the server answers
 * no other request.
 */
export const writeImportEntry = async ({
  fileName,
  options,
  plan,
  req,
  version,
}: {
  fileName: string
  options: SanitizedKeyFiguresOptions
  plan: ImportPlan
  req: PayloadRequest
  version: number
}): Promise<RecordId> => {
  const collection = importsSlugOf(options) as CollectionSlug
  const { diff } = plan
  const entry = await req.payload.create({
    collection,
    data: {
      dataset: plan.dataset.id,
      fileName,
      importedBy: req.user && req.user.collection === (req.payload.config.admin?.user ?? 'users') ? req.user.id : undefined,
      sha256: plan.file.sha256,
      summary: { added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length, unchanged: diff.unchanged },
      version,
    } as never,
    depth: 0,
    overrideAccess: true,
    req,
    select: { id: true } as never,
  })
  const id = (entry as { id: RecordId }).id
  await yieldToEventLoop()
  await req.payload.db.updateOne({
    collection,
    data: {
      diff: {
        added: diff.added,
        changed: diff.changed,
        removed: diff.removed.map(({ id: recordId, key, label, unit, value }) => ({ id: recordId, key, label, unit, value })),
      },
      staleDocuments: plan.stale,
    },
    id,
    req,
    returning: false,
  })
  return id
}
