/**
 * Test data for the figures bench, identical on both sides: the same pseudo-random stream, the
 * same records, the same documents. Only the setup writes past the Local API (the 10,000
 * records go in as one bulk insert); everything measured goes through the Local API.
 */
import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import { formatFigure } from '@jaarverslag/key-figures/engine'

export const DOCS = 'bench-docs'
export const RECORDS = 'dataset-records'
export const DATASETS = 'datasets'
export const REPORTS = 'bench-reports'
/** The plugin's context flag (`SKIP_FIGURE_CHECK` of @jaarverslag/key-figures). */
export const SKIP_CHECK = 'keyFigures:skipCheck'

/** mulberry32: small, fast, and the same numbers in every process. */
export const randomStream = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type SeededRecord = { id: number; value: number }
export type Seeded = { datasetId: number; records: SeededRecord[] }

/**
 * A published dataset with `count` records, values between 1 and 2,000,000 (unit `count`).
 * With `footingRule`, its last record is the total of the three before it, kept aside (the
 * pickers never hand them out) and a footing rule says so.
 */
export const seedDataset = async (payload: Payload, count: number, random: () => number, { footingRule = false } = {}): Promise<Seeded> => {
  const dataset = (await payload.create({
    collection: DATASETS as never,
    data: { _status: 'published', period: '2024', slug: 'bench-data', title: 'Bench data' } as never,
    depth: 0,
  })) as unknown as { id: number }
  const db = payload.db as unknown as {
    drizzle: { insert: (table: unknown) => { values: (rows: unknown[]) => Promise<unknown> } }
    tables: Record<string, unknown>
  }
  const table = db.tables.dataset_records
  if (!table) throw new Error('table dataset_records not found')
  const now = new Date().toISOString()
  const values: number[] = []
  for (let start = 0; start < count; start += 500) {
    const rows = []
    for (let index = start; index < Math.min(count, start + 500); index++) {
      const value = footingRule && index === count - 1 ? values.slice(-3).reduce((sum, part) => sum + part, 0) : 1 + Math.floor(random() * 2_000_000)
      values.push(value)
      rows.push({
        createdAt: now,
        dataset: dataset.id,
        key: `r${index}`,
        label: `Record ${index}`,
        pickerTitle: `bench-data · r${index} · Record ${index} = ${value}`,
        unit: 'count',
        updatedAt: now,
        value: String(value),
      })
    }
    await db.drizzle.insert(table).values(rows)
  }
  const { docs } = await payload.find({
    collection: RECORDS as never,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { key: true } as never,
  })
  const idByKey = new Map((docs as unknown as { id: number; key: string }[]).map((doc) => [doc.key, doc.id]))
  const records = values.map((value, index) => {
    const id = idByKey.get(`r${index}`)
    if (id === undefined) throw new Error(`record r${index} missing after seeding`)
    return { id, value }
  })
  if (!footingRule) return { datasetId: dataset.id, records }
  const footing = records.splice(-4)
  await payload.update({
    collection: DATASETS as never,
    data: { _status: 'published', footingRules: [{ label: 'Totaal', parts: footing.slice(0, 3).map((record) => record.id), total: footing[3].id }] } as never,
    depth: 0,
    id: dataset.id,
  })
  return { datasetId: dataset.id, records }
}

export type FigureRow = {
  label: string
  operands?: number[]
  operation: 'record' | 'sum'
  record?: number
  shown: string
  unit: 'count'
}

/**
 * `n` figures that match their data: every fifth one the sum of three records, the others one
 * record each, printed the way the report prints counts ("1.234.567").
 */
export const makeFigures = (n: number, pick: () => SeededRecord, forced: SeededRecord[] = []): FigureRow[] => {
  const figures: FigureRow[] = []
  for (let index = 0; index < n; index++) {
    const label = `Figure ${index + 1}`
    if (index < forced.length) {
      figures.push({ label, operation: 'record', record: forced[index].id, shown: formatFigure(String(forced[index].value), 'count'), unit: 'count' })
    } else if (index % 5 === 4) {
      const operands = [pick(), pick(), pick()]
      const sum = operands.reduce((total, record) => total + record.value, 0)
      figures.push({ label, operands: operands.map((record) => record.id), operation: 'sum', shown: formatFigure(String(sum), 'count'), unit: 'count' })
    } else {
      const record = pick()
      figures.push({ label, operation: 'record', record: record.id, shown: formatFigure(String(record.value), 'count'), unit: 'count' })
    }
  }
  return figures
}

/** A short Lexical body: one paragraph of plain text. */
export const body = (text: string) => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        version: 1,
      },
    ],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})

export const picker = (records: SeededRecord[], random: () => number, exclude?: number) => () => {
  for (;;) {
    const record = records[Math.floor(random() * records.length)]
    if (record.id !== exclude) return record
  }
}

/** Runs `work` in one database transaction (setup only: thousands of small commits are slow on SQLite). */
export const inTransaction = async <T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  const result = await work(req)
  await commitTransaction(req)
  return result
}
