import type { PayloadRequest, Where } from 'payload'

import type { SanitizedWorkflowOptions } from '../types.ts'

type Row = Record<string, unknown>

/** A report by its slug, or also by its id (`/^\d+$/` on SQL, an ObjectId on MongoDB), in its newest version. */
export const findReport = async (reference: string, req: PayloadRequest, options: SanitizedWorkflowOptions, { orId }: { orId: boolean }) => {
  const { collection, slugField } = options.report
  const bySlug: Where = { [slugField]: { equals: reference } }
  const where: Where = orId && /^[0-9a-f]{24}$|^\d+$/.test(reference) ? { or: [{ id: { equals: reference } }, bySlug] } : bySlug
  const { docs } = await req.payload.find({ collection, depth: 0, draft: true, limit: 1, overrideAccess: true, pagination: false, req, where })
  return docs[0] as unknown as Row | undefined
}

/**
 * The documents of a report in one workflow collection: the report itself in the report
 * collection, else those whose report relationship points to it; null for a collection without
 * that relationship.
 */
export const reportDocumentsWhere = (collection: string, reportId: unknown, req: PayloadRequest, options: SanitizedWorkflowOptions): null | Where => {
  if (collection === options.report.collection) return { id: { equals: reportId } }
  const fields = req.payload.collections[collection as keyof typeof req.payload.collections]?.config.flattenedFields ?? []
  return fields.some((field) => field.name === options.report.field) ? { [options.report.field]: { equals: reportId } } : null
}
