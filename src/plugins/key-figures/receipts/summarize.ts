import type { FigureReceipt } from './attributes.ts'

export type DatasetUse = { dataset: string; versions: number[]; figures: number }

export type ReceiptSummary = {
  figures: number
  /** Per dataset (in order of first use): the versions the figures were checked against, and how many figures use it. */
  datasets: DatasetUse[]
  /** The earliest and latest moment a figure was verified (ISO), null when none says. */
  verifiedFrom: null | string
  verifiedUntil: null | string
}

/**
 * What a set of receipts says about its data, for a colophon and an edition's record: which
 * dataset versions the figures were checked against and when. A figure drawing on several
 * datasets counts for each and names no version (its receipt has none).
 */
export const summarizeReceipts = (receipts: readonly FigureReceipt[]): ReceiptSummary => {
  const datasets = new Map<string, { figures: number; versions: Set<number> }>()
  const moments: number[] = []
  for (const receipt of receipts) {
    for (const slug of receipt.datasets) {
      const use = datasets.get(slug) ?? { figures: 0, versions: new Set<number>() }
      use.figures += 1
      if (receipt.datasetVersion !== null && receipt.datasets.length === 1) use.versions.add(receipt.datasetVersion)
      datasets.set(slug, use)
    }
    const moment = receipt.verifiedAt ? Date.parse(receipt.verifiedAt) : Number.NaN
    if (!Number.isNaN(moment)) moments.push(moment)
  }
  return {
    datasets: [...datasets].map(([dataset, use]) => ({ dataset, figures: use.figures, versions: [...use.versions].sort((a, b) => a - b) })),
    figures: receipts.length,
    verifiedFrom: moments.length ? new Date(Math.min(...moments)).toISOString() : null,
    verifiedUntil: moments.length ? new Date(Math.max(...moments)).toISOString() : null,
  }
}
