import type { CollectionBeforeChangeHook } from 'payload'

import { seriesKeyOf } from '../engine/index.ts'

/** A dataset that names no series is a series of one period: its slug without the period. */
export const defaultSeriesBeforeChange: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  const series = typeof merged.series === 'string' ? merged.series.trim() : ''
  if (series !== '') {
    if (data.series !== undefined) data.series = series
    return data
  }
  if (typeof merged.slug === 'string' && merged.slug !== '') data.series = seriesKeyOf(merged.slug, merged.period)
  return data
}
