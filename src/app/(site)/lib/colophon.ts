/**
 * What the colophon of the printed report says about its figures and photos. Pure: built from the
 * figures and photos the print page prints, with the same receipts the page marks them with.
 */
import type { ResolvedDataset } from '@jaarverslag/key-figures/types'
import type { FigureView } from './receipts'

import { readReceipt, receiptAttributes } from '@jaarverslag/key-figures/receipts'
import { type DatasetUse, summarizeReceipts } from '@jaarverslag/key-figures/receipts'

export type ColophonDataset = DatasetUse & { title: string; period: null | string }

export type Colophon = {
  /** Bound figures (with a receipt). */
  figures: number
  /** Figures printed without a binding to published data: they claim nothing. */
  unbound: number
  datasets: ColophonDataset[]
  verifiedFrom: null | string
  verifiedUntil: null | string
  /** Bound figures the data no longer agrees with (their document went stale after publishing). */
  disagreeing: { label: string; shown: string; data: null | string }[]
  photos: { id: string; caption: string; credit: string; target: string }[]
}

type PhotoLike = { alt?: null | string; caption?: null | string; credit?: null | string; id: number | string }

const datasetsOf = (figure: FigureView): ResolvedDataset[] => {
  const dataset = figure.resolved?.source.dataset
  return Array.isArray(dataset) ? dataset : dataset ? [dataset] : []
}

/** The photo's place in the print (`<figure id>`), so the colophon can name its page. */
export const photoTarget = (photo: Pick<PhotoLike, 'id'>) => `foto-${String(photo.id).replace(/[^A-Za-z0-9_-]/g, '')}`

export const colophonFacts = ({ figures, photos }: { figures: FigureView[]; photos: PhotoLike[] }): Colophon => {
  const receipts = figures.flatMap((figure) => {
    const attributes = receiptAttributes(figure)
    if (!attributes) return []
    const read = readReceipt({ attributes, value: figure.shown ?? '' })
    return read.ok ? [read.receipt] : []
  })
  const summary = summarizeReceipts(receipts)
  const titles = new Map<string, ResolvedDataset>()
  for (const figure of figures) for (const dataset of datasetsOf(figure)) if (!titles.has(dataset.slug)) titles.set(dataset.slug, dataset)
  const seen = new Set<string>()
  return {
    datasets: summary.datasets.map((use) => ({ ...use, period: titles.get(use.dataset)?.period ?? null, title: titles.get(use.dataset)?.title ?? use.dataset })),
    disagreeing: figures
      .filter((figure) => receiptAttributes(figure) && figure.resolved?.matches === false)
      .map((figure) => ({ data: figure.resolved?.formatted ?? null, label: figure.label ?? '', shown: figure.shown ?? '' })),
    figures: summary.figures,
    photos: photos.flatMap((photo) => {
      if (!photo.credit || seen.has(String(photo.id))) return []
      seen.add(String(photo.id))
      return [{ caption: photo.caption || photo.alt || '', credit: photo.credit, id: String(photo.id), target: photoTarget(photo) }]
    }),
    unbound: figures.length - receipts.length,
    verifiedFrom: summary.verifiedFrom,
    verifiedUntil: summary.verifiedUntil,
  }
}
