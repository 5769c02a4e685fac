/**
 * What one part of the plugin costs a publish, measured within one process.
 *   npm run bench:ab -- <variant> [rounds]   (node scripts/run-ts.mjs bench/publish-ab.ts …: a start
 *   that stalls in tsx's loader is started again)
 *
 * Two collections served by the plugin, `bench-docs` (A) and `bench-docs-b` (B), alike but for
 * one variation of B. Drafts of 50 figures are published in turns (A then B, then B then A), so
 * the process's JIT state, its memory and the machine's load fall on both sides alike; between
 * processes the same code differs by several milliseconds (bench/README.md). Prints
 * `publish_ab_*` lines: the median publish of each side, and the median and trimmed mean of the
 * paired differences A − B (positive: B is cheaper by that much).
 *
 * The variations are measurements, not features: B is changed after the plugin built it.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { CollectionConfig, Config, Field } from 'payload'

import { exitWhenFlushed } from '../scripts/lib/exit'
import { median } from './stats'

process.env.PAYLOAD_LOGS_TO_STDERR = 'true'
process.env.PAYLOAD_JOBS_AUTORUN = 'false'
process.env.DISABLE_PAYLOAD_HMR = 'true'

type Row = Record<string, unknown>

const withoutRowField = (collection: CollectionConfig, name: string, replace?: (field: Field) => Field) => {
  const array = collection.fields.find((field) => 'name' in field && field.name === 'keyFigures') as Extract<Field, { type: 'array' }>
  array.fields = array.fields.flatMap((field) => ('name' in field && field.name === name ? (replace ? [replace(field)] : []) : [field]))
}

/** Each variation of B, and what it tells. */
const variants: Record<string, { what: string; vary: (collection: CollectionConfig) => void }> = {
  same: { what: 'no variation: the noise of this measurement', vary: () => {} },
  'without-awaiting-column': {
    what: "rows without `awaitingData`: the most that storing it elsewhere could save",
    vary: (collection) => withoutRowField(collection, 'awaitingData'),
  },
  'without-status-ui': {
    what: 'rows without the `figureStatus` ui field: what the admin status badge costs a publish',
    vary: (collection) => withoutRowField(collection, 'figureStatus'),
  },
  'without-resolved': {
    what: 'rows without the virtual `resolved` field: what declaring it costs a publish',
    vary: (collection) => withoutRowField(collection, 'resolved'),
  },
  'lean-data': {
    what: 'the gate leaves out of `data` the empty `referencedRecords` and `awaitedDatasets` the document already stores empty',
    vary: (collection) => {
      const empty = (value: unknown) => !Array.isArray(value) || value.length === 0
      const lean = ({ data, originalDoc }: { data: Row; originalDoc?: Row }) => {
        for (const name of ['referencedRecords', 'awaitedDatasets']) if (empty(data[name]) && empty(originalDoc?.[name])) delete data[name]
        return data
      }
      collection.hooks = { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), lean as never] }
    },
  },
  'findings-null': {
    what: '`figureCheck.findings` stored as null when there are none',
    vary: (collection) => {
      const lean = ({ data }: { data: Row }) => {
        const check = data.figureCheck as Row | undefined
        if (check && Array.isArray(check.findings) && check.findings.length === 0) check.findings = null
        return data
      }
      collection.hooks = { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), lean as never] }
    },
  },
  'rows-validated-per-field': {
    what: "the rows' fields validated by Payload one by one, as before fields/validateFigureRows.ts: what checking them in one pass saves",
    vary: (collection) => {
      const array = collection.fields.find((field) => 'name' in field && field.name === 'keyFigures') as Extract<Field, { type: 'array' }>
      const perField = (fields: Field[]): Field[] =>
        fields.map((field) => {
          if (!('name' in field)) return 'fields' in field ? ({ ...field, fields: perField(field.fields) } as Field) : field
          if ((field as { validate?: unknown }).validate !== false) return field
          const { validate: _off, ...rest } = field as Field & { validate?: unknown }
          return rest as Field
        })
      array.fields = perField(array.fields)
      delete array.validate
    },
  },
  'awaiting-per-document': {
    what: '`awaitingData` virtual on the rows, stored in one JSON per document and put back on read',
    vary: (collection) => {
      withoutRowField(collection, 'awaitingData', (field) => ({ ...(field as Extract<Field, { type: 'json' }>), virtual: true }))
      collection.fields.push({ name: 'awaitingByRow', type: 'json', admin: { condition: (_data, sibling) => sibling?.awaitingByRow != null, hidden: true } })
      const spread = ({ doc }: { doc: Row }) => {
        const byRow = doc.awaitingByRow as Record<string, unknown> | null | undefined
        if (byRow && Array.isArray(doc.keyFigures)) for (const row of doc.keyFigures as Row[]) row.awaitingData = byRow[String(row.id)] ?? null
        return doc
      }
      collection.hooks = { ...collection.hooks, afterRead: [...(collection.hooks?.afterRead ?? []), spread] }
    },
  },
}

const [variant = '', roundsArgument] = process.argv.slice(2)
if (!variants[variant]) {
  console.error(`usage: bench/publish-ab.ts <${Object.keys(variants).join('|')}> [rounds]`)
  process.exit(2)
}
const rounds = Number(roundsArgument ?? 250)
const warmup = 40
const dir = mkdtempSync(path.join(tmpdir(), 'bench-publish-ab-'))
process.env.BENCH_DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
process.on('exit', () => rmSync(dir, { force: true, recursive: true }))

const main = async () => {
  const { buildConfig, getPayload } = await import('payload')
  await import('@payloadcms/db-sqlite')
  const { lexicalEditor } = await import('@payloadcms/richtext-lexical')
  const { keyFiguresPlugin } = await import('@jaarverslag/key-figures')
  const { benchDatabase } = await import('./configs/database')
  const { benchDocs, benchReports, benchSecret, benchUsers } = await import('./configs/shared')
  const seed = await import('./seed')

  const sides = { a: seed.DOCS, b: `${seed.DOCS}-b` } as const
  const vary = (config: Config): Config => {
    variants[variant].vary(config.collections?.find((collection) => collection.slug === sides.b) as CollectionConfig)
    return config
  }
  const payload = await getPayload({
    config: await buildConfig({
      collections: [benchDocs(), { ...benchDocs(), slug: sides.b }, benchReports, benchUsers],
      db: benchDatabase(),
      editor: lexicalEditor(),
      logger: { destination: process.stderr, options: { level: 'warn' } },
      plugins: [keyFiguresPlugin({ collections: [sides.a as never, sides.b as never], report: { collection: seed.REPORTS as never } }), vary],
      secret: benchSecret,
      telemetry: false,
    }),
  })

  const random = seed.randomStream(7)
  const pick = seed.picker((await seed.seedDataset(payload, 10_000, random)).records, random)
  const drafts = { a: [] as (number | string)[], b: [] as (number | string)[] }
  for (let index = 0; index < rounds + warmup; index++) {
    for (const side of ['a', 'b'] as const) {
      const data = { body: seed.body(`Doc ${index}`), keyFigures: seed.makeFigures(50, pick), title: `Doc ${index}` }
      drafts[side].push(((await payload.create({ collection: sides[side] as never, data: data as never, depth: 0, draft: true })) as { id: number | string }).id)
    }
  }

  const times = { a: [] as number[], b: [] as number[] }
  const differences: number[] = []
  for (let index = 0; index < rounds + warmup; index++) {
    const round: Partial<Record<'a' | 'b', number>> = {}
    for (const side of index % 2 ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
      const start = performance.now()
      const doc = (await payload.update({ collection: sides[side] as never, data: { _status: 'published' } as never, depth: 0, id: drafts[side][index] })) as Row
      round[side] = performance.now() - start
      if (doc._status !== 'published') throw new Error(`${sides[side]}: the publish did not publish`)
      // Room for work after the answer (the re-check after commit), as between an editor's publishes.
      await new Promise((resolve) => setTimeout(resolve, 3))
    }
    if (index < warmup) continue
    times.a.push(round.a as number)
    times.b.push(round.b as number)
    differences.push((round.a as number) - (round.b as number))
  }

  const sorted = [...differences].sort((x, y) => x - y)
  const trimmed = sorted.slice(Math.floor(sorted.length * 0.1), Math.ceil(sorted.length * 0.9))
  const name = variant.replaceAll('-', '_')
  const put = (key: string, value: string) => console.log(`publish_ab_${name}_${key}=${value}`)
  console.error(`[bench] publish-ab ${variant}: ${variants[variant].what}`)
  put('ms_a', median(times.a).toFixed(2))
  put('ms_b', median(times.b).toFixed(2))
  put('paired_median_ms', median(differences).toFixed(2))
  put('paired_trimmed_mean_ms', (trimmed.reduce((sum, value) => sum + value, 0) / trimmed.length).toFixed(2))
  put('rounds', String(rounds))
}

main().then(
  () => exitWhenFlushed(0),
  (error) => {
    console.error(error)
    exitWhenFlushed(1)
  },
)
