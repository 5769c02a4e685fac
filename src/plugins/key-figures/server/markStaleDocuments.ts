import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { RecordId } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { checkDocuments } from './checkDocuments.ts'
import { type DependencyKind, findDependents } from './findDependents.ts'
import { changedStatuses, notifyCheckChanges } from './notifyCheckChanges.ts'
import { richTextPathsOf } from '../fields/richTextFields.ts'

/**
 * The fields a check reads, so documents are loaded with nothing more. The array's subfields are
 * named one by one: on the SQL adapters `{ keyFigures: true }` drops the hasMany `operands`.
 */
export const figureSelect = (payload: Payload, collection: string): Record<string, unknown> => {
  const select: Record<string, unknown> = {
    figureCheck: true,
    keyFigures: { awaitingData: true, id: true, label: true, operands: true, operation: true, record: true, rounding: true, shown: true, unit: true },
  }
  for (const path of richTextPathsOf(payload, collection)) select[path.split('.')[0]] = true
  return select
}

/**
 * Re-checks the published documents that use the given records or datasets and records the
 * outcome on each: `stale` with findings when it no longer matches, back to `ok` when a stale
 * document matches again. Writes go to the published document only, through the database
 * adapter, so no new version is created and the published text does not change.
 */
export const markStaleDocuments = async ({
  ids,
  kind,
  options,
  req,
}: {
  ids: readonly RecordId[]
  kind: DependencyKind
  options: SanitizedKeyFiguresOptions
  req: PayloadRequest
}): Promise<{ checked: number; stale: number }> => {
  const select = Object.assign({}, ...options.collections.map((collection) => figureSelect(req.payload, collection)))
  const dependents = await findDependents({ ids, kind, onlyPublished: true, options, req, select })
  if (dependents.length === 0) return { checked: 0, stale: 0 }
  const checks = await checkDocuments(
    dependents.map((doc) => ({ collection: doc.collection, doc })),
    req,
    options,
  )
  const checkedAt = new Date().toISOString()
  let stale = 0
  await Promise.all(
    dependents.map(async (doc, index) => {
      const check = checks[index]
      const previous = (doc.figureCheck as { status?: string } | undefined)?.status
      if (check.status === 'ok' && previous !== 'stale') return
      if (check.status !== 'ok') stale++
      await req.payload.db.updateOne({
        collection: doc.collection as CollectionSlug,
        data: {
          figureCheck: {
            checkedAt,
            figures: check.figures.length,
            findings: check.findings.map((finding) => ({ ...finding, kind: finding.kind === 'mismatch' ? 'stale' : finding.kind })),
            status: check.status === 'ok' ? 'ok' : 'stale',
          },
        },
        id: doc.id,
        req,
        returning: false,
      })
    }),
  )
  // Only the documents written above: a clean check of a document that was not stale stays as it was.
  const outcomes = dependents
    .map((doc, index) => ({ collection: doc.collection, doc, status: checks[index].status === 'ok' ? ('ok' as const) : ('stale' as const) }))
    .filter(({ doc, status }) => status === 'stale' || (doc.figureCheck as { status?: string } | undefined)?.status === 'stale')
  await notifyCheckChanges(changedStatuses(outcomes), req, options)
  return { checked: dependents.length, stale }
}
