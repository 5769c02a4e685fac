/**
 * How far a report's figures are (the Publicatiecontrole's progress): per document and for the
 * report, how many figures are confirmed by their data, how many await data (rolled forward,
 * the new period not imported yet) and how many are wrong (any other finding). Pure.
 */
import type { Finding } from '@jaarverslag/key-figures/types'

export type Progress = { total: number; confirmed: number; awaiting: number; wrong: number }

export type DocumentProgress = Progress & { collection: string; id: number | string; title: string }

/**
 * One document: `figures` is how many it has; each figure counts once, by the worst of its
 * findings (a footing finding belongs to a dataset, not a figure, and is not counted here).
 */
export function progressOf(figures: number, findings: readonly Finding[]): Progress {
  const kinds = new Map<string, Finding['kind']>()
  for (const finding of findings) {
    if (finding.kind === 'footing') continue
    const known = kinds.get(finding.path)
    if (known === undefined || known === 'awaiting') kinds.set(finding.path, finding.kind)
  }
  const awaiting = [...kinds.values()].filter((kind) => kind === 'awaiting').length
  const wrong = kinds.size - awaiting
  return { awaiting, confirmed: Math.max(0, figures - awaiting - wrong), total: figures, wrong }
}

/** The report's totals: the sum over its documents. */
export function totalProgress(documents: readonly Progress[]): Progress {
  return documents.reduce<Progress>(
    (sum, entry) => ({
      awaiting: sum.awaiting + entry.awaiting,
      confirmed: sum.confirmed + entry.confirmed,
      total: sum.total + entry.total,
      wrong: sum.wrong + entry.wrong,
    }),
    { awaiting: 0, confirmed: 0, total: 0, wrong: 0 },
  )
}

/** "41 van 70 kerncijfers bevestigd, 20 wachten op data, 9 fout" (and in English). */
export function progressText(progress: Progress): { nl: string; en: string } {
  return {
    en: `${progress.confirmed} of ${progress.total} figures confirmed, ${progress.awaiting} awaiting data, ${progress.wrong} wrong`,
    nl: `${progress.confirmed} van ${progress.total} kerncijfers bevestigd, ${progress.awaiting} wachten op data, ${progress.wrong} fout`,
  }
}
