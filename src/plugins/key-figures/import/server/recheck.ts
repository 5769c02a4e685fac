import type { CollectionSlug, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { RecordId } from '../../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../../types.ts'

import { SKIP_FIGURE_RESOLVE } from '../../resolve/field.ts'
import { checkDocuments } from '../../server/checkDocuments.ts'
import { findDependents } from '../../server/findDependents.ts'
import { settleAfterCommit } from '../../server/afterCommit.ts'
import { figureSelect } from '../../server/markStaleDocuments.ts'
import { changedStatuses, notifyCheckChanges } from '../../server/notifyCheckChanges.ts'
import { currentDatasetVersions, type DatasetVersions, sameVersions } from './versions.ts'

/**
 * Why no published document ends up claiming a clean check against values that are no longer
 * the dataset's values, whatever the interleaving of publishes and imports:
 *
 * 1. An import writes its records and its new dataset version in one transaction: a reader sees
 *    either the old values with the old version or the new values with the new version.
 * 2. The publish gate reads the dataset versions *before* it reads the records, and stores them
 *    in `figureCheck.datasetVersions`. So a stored version is never newer than the values the
 *    check used (if an import commits between the two reads, the stored version is the older).
 * 3. After an import commits, `recheckPublished` re-checks every published document using the
 *    dataset (covers publishes that committed before the import).
 * 4. After a publish commits, `recheckPublishedDocumentAfterOperation` compares the versions the gate stored with
 *    the current ones and re-checks when they differ (covers publishes whose check read the old
 *    values but which committed after the import's re-check had already looked).
 * 5. Every re-check reads the versions first, then the documents and records, writes, and then
 *    reads the versions again; if they moved, it runs again. A re-check that read old values and
 *    writes late therefore sees the newer version after its write and overwrites its own result.
 *    The last write to a document is by a re-check (or gate) whose versions were still current
 *    after it wrote, i.e. it used the final values.
 *
 * Whatever a publish and an import do, one of 3 or 4 runs after both have committed, and by 5
 * its result is not overtaken by an older one. Remaining gap, by design: a re-check that read a
 * published document's figures, then a re-publish of that document with *different* figures,
 * then the re-check's write; the re-publish's own step 4 runs after its commit and fixes it only
 * if versions differ. Imports do not change a document's figures, so the import path is closed.
 */
const MAX_ROUNDS = 5

type Target = { datasets?: readonly RecordId[]; doc?: { collection: string; id: RecordId } }

const loadTargets = async (target: Target, req: PayloadRequest, options: SanitizedKeyFiguresOptions) => {
  const select = Object.assign({}, ...options.collections.map((collection) => figureSelect(req.payload, collection)))
  if (target.datasets) {
    return findDependents({ ids: target.datasets, kind: 'datasets', onlyPublished: true, options, req, select })
  }
  const { collection, id } = target.doc as { collection: string; id: RecordId }
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    context: { [SKIP_FIGURE_RESOLVE]: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    select: { ...figureSelect(req.payload, collection), _status: true } as never,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
  })
  return (docs as Record<string, unknown>[]).map((doc) => ({ ...doc, collection, id: doc.id as RecordId, title: '' }))
}

/**
 * Re-checks published documents (those using the given datasets, or one document) and stores
 * the outcome with the dataset versions it was checked against: `ok`, or `stale` with findings.
 * Runs again while an import commits in between (see above). Pass a `req` without a
 * transaction, or the import's own transaction for the re-check inside it.
 */
export const recheckPublished = async (target: Target, req: PayloadRequest, options: SanitizedKeyFiguresOptions): Promise<{ checked: number; stale: number }> => {
  let result = { checked: 0, stale: 0 }
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const first = await loadTargets(target, req, options)
    if (first.length === 0) return result
    // Every dataset's version (imports are few): the documents' datasets are only known after
    // their check, and a version read after the values would let an import slip in between.
    const before = await currentDatasetVersions(null, req, options)
    // Read again after the versions: documents and values are then at least as new as `before`.
    const docs = await loadTargets(target, req, options)
    const checks = await checkDocuments(docs.map((doc) => ({ collection: doc.collection, doc })), req, options)
    const checkedAt = new Date().toISOString()
    let stale = 0
    // The writes of one round form one transaction (inside the import's own, when given it).
    const ownTransaction = await initTransaction(req)
    try {
      for (const [index, doc] of docs.entries()) {
        const check = checks[index]
        if (check.status !== 'ok') stale++
        const versions: DatasetVersions = Object.fromEntries(check.referencedDatasets.map((id) => [String(id), before[String(id)] ?? 0]))
        await req.payload.db.updateOne({
          collection: doc.collection as CollectionSlug,
          data: {
            figureCheck: {
              checkedAt,
              datasetVersions: versions,
              figures: check.figures.length,
              findings: check.findings.map((finding) => ({ ...finding, kind: finding.kind === 'mismatch' ? 'stale' : finding.kind })),
              status: check.status === 'ok' ? 'ok' : 'stale',
            },
          },
          id: doc.id,
          req,
          returning: false,
        })
      }
      const outcomes = docs.map((doc, index) => ({ collection: doc.collection, doc, status: checks[index].status === 'ok' ? ('ok' as const) : ('stale' as const) }))
      await notifyCheckChanges(changedStatuses(outcomes), req, options)
      if (ownTransaction) await commitTransaction(req)
    } catch (error) {
      if (ownTransaction) await killTransaction(req)
      throw error
    }
    result = { checked: docs.length, stale }
    const after = await currentDatasetVersions(null, req, options)
    if (sameVersions(before, after)) return result
  }
  return result
}

/** Waits for the re-checks that run after their transaction committed (tests, the CLI). */
export const settleFigureRechecks = settleAfterCommit
