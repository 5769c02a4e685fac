import type { CollectionBeforeChangeHook } from 'payload'

import { slugs } from '../../slugs'

const pad = (value: number, width: number) => String(value).padStart(width, '0')

/**
 * "2.3" sorts after "2.10" as text; the sort key pads every part and puts the section's
 * position in the report first, so `sort=sortKey` lists a report's chapters in reading order.
 */
export const chapterSortKey = (sectionPosition: number, number: string | null | undefined): string => {
  const parts = (number ?? '')
    .split('.')
    .map((part) => Number.parseInt(part, 10))
    .filter((part) => Number.isFinite(part))
  return [pad(sectionPosition, 3), ...parts.map((part) => pad(part, 4))].join('.')
}

export const setSortKey: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const reportId = typeof merged.report === 'object' && merged.report ? merged.report.id : merged.report
  let position = 999
  if (reportId !== undefined && reportId !== null && merged.section) {
    const report = await req.payload
      .findByID({
        collection: slugs.reports,
        id: reportId,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
        select: { sections: true },
        disableErrors: true,
      })
      .catch(() => null)
    const index = report?.sections?.findIndex((section) => section.key === merged.section) ?? -1
    if (index >= 0) position = index + 1
  }
  data.sortKey = chapterSortKey(position, merged.number)
  return data
}
