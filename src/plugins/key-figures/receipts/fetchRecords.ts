import type { FigureUnit, RecordInfo } from '../engine/index.ts'
import type { FigureReceipt } from './attributes.ts'

type Fetch = typeof fetch

type RecordDoc = {
  id: number | string
  key: string
  label: string
  unit: FigureUnit
  value: string
  dataset: null | number | string | { id: number | string; slug?: string; title?: string; period?: null | string; series?: null | string; _status?: string }
}

/** Keys per request, so a report's few hundred figures never make an address too long. */
const KEYS_PER_REQUEST = 120

/**
 * The records the receipts name, read as an anonymous visitor from the public content API at
 * `origin` (`/api/dataset-records`, one request per dataset and 120 keys). A dataset the visitor
 * may not read (unpublished) comes back as a bare id: its records count as unpublished, which the
 * engine reports.
 */
export const fetchReceiptRecords = async (origin: string, receipts: readonly FigureReceipt[], fetchImpl: Fetch = fetch): Promise<RecordInfo[]> => {
  const keysByDataset = new Map<string, Set<string>>()
  for (const receipt of receipts) {
    for (const dataset of receipt.datasets) {
      const keys = keysByDataset.get(dataset) ?? new Set<string>()
      receipt.records.forEach((key) => keys.add(key))
      keysByDataset.set(dataset, keys)
    }
  }
  const requests: Promise<RecordInfo[]>[] = []
  for (const [dataset, keySet] of keysByDataset) {
    const keys = [...keySet]
    for (let start = 0; start < keys.length; start += KEYS_PER_REQUEST) {
      const params = new URLSearchParams({
        depth: '1',
        pagination: 'false',
        'populate[datasets][_status]': 'true',
        'populate[datasets][period]': 'true',
        'populate[datasets][series]': 'true',
        'populate[datasets][slug]': 'true',
        'populate[datasets][title]': 'true',
        'select[dataset]': 'true',
        'select[key]': 'true',
        'select[label]': 'true',
        'select[unit]': 'true',
        'select[value]': 'true',
        'where[and][0][dataset.slug][equals]': dataset,
        'where[and][1][key][in]': keys.slice(start, start + KEYS_PER_REQUEST).join(','),
      })
      requests.push(
        fetchImpl(`${origin}/api/dataset-records?${params}`, { headers: { Accept: 'application/json' } }).then(async (response) => {
          if (!response.ok) throw new Error(`GET ${origin}/api/dataset-records (dataset ${dataset}) gaf HTTP ${response.status}`)
          const { docs } = (await response.json()) as { docs: RecordDoc[] }
          return docs.map((doc): RecordInfo => {
            const populated = doc.dataset && typeof doc.dataset === 'object' ? doc.dataset : null
            return {
              dataset: {
                id: populated?.id ?? (doc.dataset as number | string),
                period: populated?.period ?? undefined,
                published: populated?._status === 'published',
                series: populated?.series ?? undefined,
                slug: populated?.slug ?? dataset,
                title: populated?.title ?? dataset,
              },
              id: doc.id,
              key: doc.key,
              label: doc.label,
              unit: doc.unit,
              value: String(doc.value),
            }
          })
        }),
      )
    }
  }
  return (await Promise.all(requests)).flat()
}
