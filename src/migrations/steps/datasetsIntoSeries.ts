import type { PayloadRequest, Payload } from 'payload'

import { seriesKeyOf } from '@jaarverslag/key-figures/engine'

/**
 * Every existing dataset becomes a series of one period: its slug without a trailing period as
 * the series key ("vraaggestuurde-werking-2024" -> "vraaggestuurde-werking"), the slug itself when
 * it ends in none. Only `series` is written (on the document and on each of its versions, so a
 * pending draft shows it too); nothing else changes. Through the adapter, so it runs on every
 * database; a dataset that already has a series keeps it.
 */
export const datasetsIntoSeries = async ({ payload, req }: { payload: Payload; req: PayloadRequest }): Promise<number> => {
  const { docs } = await payload.db.find({
    collection: 'datasets',
    limit: 0,
    pagination: false,
    req,
    select: { period: true, series: true, slug: true, updatedAt: true },
  })
  let changed = 0
  for (const doc of docs as unknown as { id: number | string; period?: string | null; series?: string | null; slug: string; updatedAt?: string }[]) {
    if (doc.series) continue
    const series = seriesKeyOf(doc.slug, doc.period)
    // `updatedAt` as it was: the dataset itself did not change.
    await payload.db.updateOne({ collection: 'datasets', data: { series, updatedAt: doc.updatedAt }, id: doc.id, req, returning: false })
    const { docs: versions } = await payload.db.findVersions({
      collection: 'datasets',
      limit: 0,
      pagination: false,
      req,
      where: { parent: { equals: doc.id } },
    })
    for (const version of versions) {
      await payload.db.updateVersion({
        collection: 'datasets',
        id: version.id,
        req,
        returning: false,
        versionData: { ...version, version: { ...(version.version as Record<string, unknown>), series } } as never,
      })
    }
    changed++
  }
  return changed
}
