import type { PayloadRequest, Where } from 'payload'

import type { RecordId } from '../engine'
import type { SanitizedKeyFiguresOptions } from '../types'

import { SKIP_FIGURE_RESOLVE } from '../read/field'

export type Dependent = { collection: string; id: RecordId; title: string; _status?: string | null }

/**
 * Documents that point at the given records or datasets, through the hidden relationships the
 * gate keeps up to date: one indexed query per figure collection, whatever the number of ids.
 */
export const findDependents = async ({
  field,
  ids,
  onlyPublished,
  options,
  req,
  select = {},
}: {
  field: 'referencedDatasets' | 'referencedRecords'
  ids: readonly RecordId[]
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
    const where: Where = { [field]: { in: ids } }
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
      where: onlyPublished && hasDrafts ? { and: [where, { _status: { equals: 'published' } }] } : where,
    })
    for (const doc of docs as Record<string, unknown>[]) {
      found.push({ ...doc, collection, id: doc.id as RecordId, title: String(doc[titleField] ?? doc.id) })
    }
  }
  return found
}
