import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { SanitizedKeyFiguresOptions } from '../types.ts'

type Row = Record<string, unknown>

const PUBLISHED: Where = { _status: { equals: 'published' } }

const hasDrafts = (req: PayloadRequest, collection: string) => {
  const versions = req.payload.collections[collection as CollectionSlug]?.config.versions
  return Boolean(versions && typeof versions === 'object' && versions.drafts)
}

/**
 * The report with this slug (its id, slug and title fields), in its newest version, or only when
 * published (`published: true`: what the public may see). Undefined when there is none.
 */
export const findReport = async (reportSlug: string, req: PayloadRequest, options: SanitizedKeyFiguresOptions, { published }: { published: boolean }) => {
  const { collection, slugField, titleField } = options.report
  const bySlug: Where = { [slugField]: { equals: reportSlug } }
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    draft: !published,
    limit: 1,
    overrideAccess: true,
    req,
    select: { [slugField]: true, [titleField]: true } as never,
    where: published && hasDrafts(req, collection) ? { and: [bySlug, PUBLISHED] } : bySlug,
  })
  return docs[0] as Row | undefined
}

/**
 * The documents of a report in one collection: the report itself in the report collection, else
 * the documents whose report relationship points to it; only the published ones when asked.
 */
export const reportDocumentsWhere = (
  collection: string,
  reportId: unknown,
  req: PayloadRequest,
  options: SanitizedKeyFiguresOptions,
  { published }: { published: boolean },
): Where => {
  const belongs: Where = collection === options.report.collection ? { id: { equals: reportId } } : { [options.report.field]: { equals: reportId } }
  return published && hasDrafts(req, collection) ? { and: [belongs, PUBLISHED] } : belongs
}
