import type { FigureBinding, RecordId, RecordInfo } from '../engine/index.ts'

import { resolveBinding } from '../engine/binding.ts'

/** What an editor reads as a figure's source: the dataset by its title and period, the records by their label. */
export type SourceDetails = {
  datasets: { period: null | string; title: string }[]
  records: { key: string; label: string }[]
}

/** The dataset titles and periods and the record labels behind one figure, from the records the check loaded. */
export const sourceDetails = (figure: FigureBinding, records: ReadonlyMap<string, RecordInfo>): SourceDetails => {
  const binding = resolveBinding(figure)
  const ids: (null | RecordId)[] = binding.kind === 'record' ? [binding.id] : binding.kind === 'derived' ? binding.ids : []
  const found = ids.flatMap((id) => {
    const record = id === null ? undefined : records.get(String(id))
    return record ? [record] : []
  })
  const datasets = new Map<string, { period: null | string; title: string }>()
  for (const record of found) {
    if (record.dataset) datasets.set(String(record.dataset.id), { period: record.dataset.period ?? null, title: record.dataset.title })
  }
  return { datasets: [...datasets.values()], records: found.map((record) => ({ key: record.key, label: record.label })) }
}
