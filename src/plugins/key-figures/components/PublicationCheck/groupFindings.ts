import type { ReportCheck, ReportFinding } from '../../server/checkReport.ts'
import type { SanitizedKeyFiguresOptions } from '../../types.ts'

/** The findings of one document (or one dataset's footing rules), with where to open it. */
export type Group = { collection: string; findings: ReportFinding[]; href: string | null; title: string }

/** Findings grouped by the document they were found in, in report order. */
export const groupFindings = (check: ReportCheck, options: Pick<SanitizedKeyFiguresOptions, 'slugs'>, adminRoute: string): Group[] => {
  const groups = new Map<string, Group>()
  for (const finding of check.findings) {
    const isFooting = finding.id === null
    const key = isFooting ? `${finding.collection}\u0000dataset:${finding.source.dataset ?? finding.title}` : `${finding.collection}\u0000${finding.id}`
    let group = groups.get(key)
    if (!group) {
      const dataset = finding.source.dataset ?? finding.title
      group = {
        collection: finding.collection,
        findings: [],
        href: isFooting
          ? dataset
            ? `${adminRoute}/collections/${options.slugs.datasets}?where[slug][equals]=${encodeURIComponent(dataset)}`
            : null
          : `${adminRoute}/collections/${finding.collection}/${encodeURIComponent(String(finding.id))}`,
        title: isFooting ? dataset || finding.title : finding.title,
      }
      groups.set(key, group)
    }
    group.findings.push(finding)
  }
  return [...groups.values()]
}
