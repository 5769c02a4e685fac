import type { CollectionSlug, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'
import { createHash } from 'node:crypto'

import type { Finding, RecordId, RecordInfo } from '../../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../../types.ts'
import type { ImportDiff } from '../diff.ts'
import type { ImportProblem } from '../problems.ts'
import type { ColumnMapping } from '../rows.ts'

import { checkDatasetsFooting, checkFigures, collectReferencedRecordIds, normalizeRecordId } from '../../engine/index.ts'
import { collectFigures } from '../../server/collectFigures.ts'
import { findDependents } from '../../server/findDependents.ts'
import { loadRecords } from '../../server/loadRecords.ts'
import { yieldToEventLoop } from '../../server/yieldToEventLoop.ts'
import { figureSelect } from '../../server/markStaleDocuments.ts'
import { diffRecords, type ExistingRecord } from '../diff.ts'
import { problem } from '../problems.ts'
import { readImportFile } from '../read.ts'
import { recheckPublished, settleFigureRechecks } from './recheck.ts'
import { bindAwaitingFigures } from '../../server/bindAwaitingFigures.ts'
import { writeImportEntry } from './importEntry.ts'
import type { ImportPlan, StaleDocument } from './plan.ts'
import { currentDatasetVersions } from './versions.ts'
import { type ImportProgress, writeRecords } from './writeRecords.ts'
import { richTextPathsOf } from '../../fields/richTextFields.ts'

export class DatasetNotFoundError extends Error {}

/** Thrown by `applyImport` when the plan has problems; nothing was written. */
export class ImportRefusedError extends Error {
  plan: ImportPlan
  constructor(plan: ImportPlan) {
    super(plan.problems.map((item) => item.message.en).join('\n'))
    this.plan = plan
  }
}

export const findDataset = async (slug: string, req: PayloadRequest, options: SanitizedKeyFiguresOptions) => {
  const { docs } = await req.payload.find({
    collection: options.slugs.datasets,
    depth: 0,
    draft: true,
    limit: 1,
    overrideAccess: true,
    req,
    select: { footingRules: { label: true, parts: true, total: true }, slug: true, title: true } as never,
    where: { slug: { equals: slug } },
  })
  const dataset = docs[0] as unknown as
    | { footingRules?: { label: string; parts?: unknown[] | null; total?: unknown }[] | null; id: RecordId; slug: string; title: string }
    | undefined
  if (!dataset) throw new DatasetNotFoundError(`Geen dataset met slug "${slug}" / no dataset with slug "${slug}".`)
  return dataset
}

/** A dataset's records as the diff and the export need them, read through the adapter (no read hooks on 10,000 rows). */
export const loadExisting = async (datasetId: RecordId, req: PayloadRequest, options: SanitizedKeyFiguresOptions): Promise<ExistingRecord[]> => {
  const { docs } = await req.payload.db.find({
    collection: options.slugs.records,
    limit: 0,
    pagination: false,
    req,
    select: { key: true, label: true, unit: true, value: true },
    sort: 'key',
    where: { dataset: { equals: datasetId } },
  })
  return docs as unknown as ExistingRecord[]
}

/**
 * The published documents a diff would make stale: their figures checked by the engine against
 * the records as they would be after the import (the dependents lookup finds them through the
 * indexed `referencedRecords`). Also the dataset's footing rules, evaluated on the new values.
 */
const predictEffects = async (
  diff: ImportDiff,
  dataset: { id: RecordId; slug: string },
  req: PayloadRequest,
  options: SanitizedKeyFiguresOptions,
): Promise<{ footing: Finding[]; stale: StaleDocument[]; usedRemoved: Map<string, StaleDocument[]> }> => {
  const touched = [...diff.changed.map((change) => change.id), ...diff.removed.map((record) => record.id)]
  const select = Object.assign({}, ...options.collections.map((collection) => figureSelect(req.payload, collection)))
  const dependents = touched.length ? await findDependents({ ids: touched, kind: 'records', onlyPublished: true, options, req, select }) : []
  const figuresPerDoc = dependents.map((doc) => collectFigures(doc, richTextPathsOf(req.payload, doc.collection)))
  const { footing, records } = await loadRecords([...figuresPerDoc.flatMap(collectReferencedRecordIds), ...touched], req, options)

  const after = new Map<string, RecordInfo>(records)
  for (const change of diff.changed) {
    const current = after.get(String(change.id))
    if (current) after.set(String(change.id), { ...current, ...change.after })
  }
  for (const record of diff.removed) after.delete(String(record.id))

  const stale: StaleDocument[] = []
  const usedRemoved = new Map<string, StaleDocument[]>()
  const removedIds = new Set(diff.removed.map((record) => String(record.id)))
  dependents.forEach((doc, index) => {
    const { findings } = checkFigures(figuresPerDoc[index], after)
    if (findings.length === 0) return
    const entry: StaleDocument = {
      collection: doc.collection,
      figures: findings.map((finding) => ({ expected: finding.expected, label: finding.label, message: finding.message, path: finding.path, shown: finding.shown })),
      id: doc.id,
      title: doc.title,
    }
    stale.push(entry)
    for (const id of collectReferencedRecordIds(figuresPerDoc[index])) {
      if (removedIds.has(String(id))) usedRemoved.set(String(id), [...(usedRemoved.get(String(id)) ?? []), entry])
    }
  })

  const byKey = new Map([...after.values()].filter((record) => String(record.dataset.id) === String(dataset.id)).map((record) => [record.key, record]))
  for (const row of diff.added) byKey.set(row.key, { key: row.key, label: row.label, value: row.value } as RecordInfo)
  const footingAfter = footing
    .filter((rule) => rule.dataset === dataset.slug)
    .map((rule) => {
      const entry = (part: { key: string; label?: string; value?: string | null }) => {
        const record = byKey.get(part.key)
        return record ? { key: record.key, label: record.label, value: String(record.value) } : { ...part, value: null }
      }
      return { ...rule, parts: rule.parts.map(entry), total: entry(rule.total) }
    })
  return { footing: checkDatasetsFooting(footingAfter), stale, usedRemoved }
}

/**
 * The dry run: reads and checks the file, diffs it against the dataset and predicts what it
 * would make stale. Writes nothing. Problems that would make `applyImport` refuse are in
 * `problems`: file errors (each with row and column), and removals of records that published
 * figures or the dataset's footing rules still use.
 */
export const planImport = async ({
  bytes,
  datasetSlug,
  fileName,
  mapping,
  options,
  req,
}: {
  bytes: Uint8Array
  datasetSlug: string
  fileName: string
  mapping?: ColumnMapping
  options: SanitizedKeyFiguresOptions
  req: PayloadRequest
}): Promise<ImportPlan> => {
  const dataset = await findDataset(datasetSlug, req, options)
  const versions = await currentDatasetVersions([dataset.id], req, options)
  const read = await readImportFile(fileName, bytes, mapping)
  // Reading 10,000 rows takes some 20-40 ms in one go: let waiting requests in before going on.
  await yieldToEventLoop()
  const plan: ImportPlan = {
    columns: read.columns as Record<string, string>,
    dataset: { id: dataset.id, slug: dataset.slug, title: dataset.title, version: versions[String(dataset.id)] ?? 0 },
    diff: { added: [], changed: [], removed: [], unchanged: 0 },
    file: {
      delimiter: read.table?.delimiter ?? null,
      format: read.table?.format ?? null,
      name: fileName,
      rows: read.rows.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
    footing: [],
    problems: read.problems,
    stale: [],
  }
  if (read.problems.length) return plan

  plan.diff = diffRecords(await loadExisting(dataset.id, req, options), read.rows)
  const effects = await predictEffects(plan.diff, dataset, req, options)
  plan.stale = effects.stale
  plan.footing = effects.footing

  const footingIds = new Set(
    (dataset.footingRules ?? []).flatMap((rule) => [rule.total, ...(rule.parts ?? [])]).map((ref) => String(normalizeRecordId(ref as never))),
  )
  for (const record of plan.diff.removed) {
    const users = effects.usedRemoved.get(String(record.id))
    if (users?.length) {
      const names = users.map((doc) => `${doc.collection}/${doc.id} "${doc.title}"`).join(', ')
      plan.problems.push(
        problem('missing-value', null, 'key', {
          en: `record ${record.key} is not in the file, but published document(s) use it: ${names}. Keep the record in the file or change those figures first.`,
          nl: `record ${record.key} staat niet in het bestand, maar gepubliceerde document(en) gebruiken het: ${names}. Houd het record in het bestand of pas die cijfers eerst aan.`,
        }),
      )
    } else if (footingIds.has(String(record.id))) {
      plan.problems.push(
        problem('missing-value', null, 'key', {
          en: `record ${record.key} is not in the file, but a footing rule of the dataset uses it. Keep it or change the rule first.`,
          nl: `record ${record.key} staat niet in het bestand, maar een voettelling van de dataset gebruikt het. Houd het of pas de regel eerst aan.`,
        }),
      )
    }
  }
  return plan
}

/**
 * A dataset that was never published and held no records before this import: the empty draft
 * period the roll forward creates (or one an editor made by hand, which is the same thing).
 */
const isNewEmptyPeriod = async (plan: ImportPlan, req: PayloadRequest, options: SanitizedKeyFiguresOptions): Promise<boolean> => {
  if (plan.diff.changed.length > 0 || plan.diff.removed.length > 0 || plan.diff.unchanged > 0) return false
  const { docs } = await req.payload.db.find({ collection: options.slugs.datasets as CollectionSlug, limit: 1, req, select: { _status: true }, where: { id: { equals: plan.dataset.id } } })
  if ((docs[0] as { _status?: string } | undefined)?._status === 'published') return false
  const published = await req.payload.db.findVersions({ collection: options.slugs.datasets as CollectionSlug, limit: 1, req, where: { and: [{ parent: { equals: plan.dataset.id } }, { 'version._status': { equals: 'published' } }] } })
  return published.docs.length === 0
}

export type AppliedImport = { plan: ImportPlan; version: number; importId: RecordId }

/**
 * Applies an import atomically: the plan is made again inside one transaction (so it describes
 * the data as it is now), every record is written through the database adapter (`writeRecords`,
 * which lets other requests in between slices), the new dataset version is recorded (the
 * audit log hears of it there, once for the whole import), and the published documents using
 * the dataset are re-checked once; any failure rolls everything back. After the commit the
 * documents are re-checked once more (see `recheck.ts` for why). Nothing is cached that the
 * records feed: reads load records every time and key verdicts by their values.
 */
export const applyImport = async ({
  onProgress,
  ...args
}: Parameters<typeof planImport>[0] & { onProgress?: (progress: ImportProgress) => void }): Promise<AppliedImport> => {
  const { options, req } = args
  const ownTransaction = await initTransaction(req)
  let applied: AppliedImport
  try {
    const plan = await planImport(args)
    if (plan.problems.length) throw new ImportRefusedError(plan)
    // Through the adapter, not one Local API call per record; the records' hooks' work follows once.
    await writeRecords({ collection: options.slugs.records, dataset: plan.dataset, diff: plan.diff, onProgress, req })
    const version = plan.dataset.version + 1
    const importId = await writeImportEntry({ fileName: args.fileName, options, plan, req, version })
    await yieldToEventLoop()
    // The first records of a new period that was never published (rolled forward, empty): this
    // import is that period's data arriving, so the period is published with it.
    if (await isNewEmptyPeriod(plan, req, options)) {
      await req.payload.update({ collection: options.slugs.datasets, data: { _status: 'published' } as never, depth: 0, id: plan.dataset.id, overrideAccess: true, req, select: { id: true } as never })
    }
    // Figures of next year's report that waited for this dataset are bound and checked again.
    await bindAwaitingFigures(plan.dataset.id, req, options)
    // Inside the transaction: the documents' stored checks move together with the data.
    await recheckPublished({ datasets: [plan.dataset.id] }, req, options)
    await yieldToEventLoop()
    if (ownTransaction) await commitTransaction(req)
    applied = { importId, plan: { ...plan, dataset: { ...plan.dataset, version } }, version }
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
  if (ownTransaction) {
    await yieldToEventLoop()
    const { createLocalReq } = await import('payload')
    await recheckPublished({ datasets: [applied.plan.dataset.id] }, await createLocalReq({}, req.payload), options)
    await settleFigureRechecks()
  }
  return applied
}
