import type { PayloadRequest, Where } from 'payload'

import type { RecordId } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { SKIP_FIGURE_RESOLVE } from '../resolve/field.ts'

export type Dependent = { collection: string; id: RecordId; title: string; _status?: string | null }

/** What changed: records (by record id) or datasets (by dataset id). */
export type DependencyKind = 'datasets' | 'records'

/**
 * Where a document's figures point at data, as queryable paths: the figure cards' own `record`
 * column and `operands` relationship, and `referencedRecords`, which the gate keeps for the
 * inline figures in rich text (the database cannot look inside rich text). All three are
 * indexed. A dataset is found through its records (`….dataset`), so no dataset list is stored.
 */
export const dependencyPaths = (kind: DependencyKind): string[] => {
  const suffix = kind === 'datasets' ? '.dataset' : ''
  return [`keyFigures.record${suffix}`, `keyFigures.operands${suffix}`, `referencedRecords${suffix}`]
}

/**
 * Documents that use the given records or datasets, whatever the number of ids: per figure
 * collection, one indexed query per path for the ids of the documents, then one query that
 * loads them. The paths are asked one by one because an `or` over them makes the SQL adapters
 * join the array table and both relationship tables at once, which scans every document.
 */
export const findDependents = async ({
  ids,
  kind,
  onlyPublished,
  options,
  req,
  select = {},
}: {
  ids: readonly RecordId[]
  kind: DependencyKind
  onlyPublished: boolean
  options: SanitizedKeyFiguresOptions
  req: PayloadRequest
  select?: Record<string, unknown>
}): Promise<(Dependent & Record<string, unknown>)[]> => {
  if (ids.length === 0) return []
  const found: (Dependent & Record<string, unknown>)[] = []
  for (const collection of options.collections) {
    const config = req.payload.collections[collection]?.config
    if (!config) continue
    const titleField = config.admin?.useAsTitle ?? 'id'
    const hasDrafts = Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts)
    const published: Where[] = onlyPublished && hasDrafts ? [{ _status: { equals: 'published' } }] : []
    const dependentIds = new Map<string, RecordId>()
    for (const path of dependencyPaths(kind)) {
      const { docs } = await req.payload.find({
        collection,
        context: { [SKIP_FIGURE_RESOLVE]: true },
        depth: 0,
        limit: 0,
        overrideAccess: true,
        pagination: false,
        req,
        select: { id: true } as never,
        where: { and: [{ [path]: { in: [...ids] } }, ...published] },
      })
      for (const { id } of docs as { id: RecordId }[]) dependentIds.set(String(id), id)
    }
    if (dependentIds.size === 0) continue
    const { docs } = await req.payload.find({
      collection,
      // Checking needs the figures as stored, not their read-side resolution.
      context: { [SKIP_FIGURE_RESOLVE]: true },
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { [titleField]: true, ...(hasDrafts ? { _status: true } : {}), ...select } as never,
      where: { id: { in: [...dependentIds.values()] } },
    })
    for (const doc of docs as Record<string, unknown>[]) {
      found.push({ ...doc, collection, id: doc.id as RecordId, title: String(doc[titleField] ?? doc.id) })
    }
  }
  return found
}
