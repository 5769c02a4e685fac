/**
 * The measured scenarios. Each runs in its own child process against a fresh SQLite file, on
 * one side: `plugin` (bench/configs/with-plugin.config.ts), `stock`
 * (bench/configs/stock.config.ts) or, for the publish profile only, `stock-fields`
 * (bench/configs/stock-plus-fields.config.ts). Everything timed goes through the Local API, as
 * an editor's publish or a data import would.
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import { sqlCounter } from './configs/database'
import {
  body,
  type FigureRow,
  DATASETS,
  DOCS,
  inTransaction,
  makeFigures,
  picker,
  randomStream,
  RECORDS,
  REPORTS,
  seedDataset,
  SKIP_CHECK,
} from './seed'

/** `stock-fields`: stock plus the plugin's stored fields, for profiling the publish only. */
export type Side = 'plugin' | 'stock' | 'stock-fields'
type Doc = Record<string, unknown> & { id: number }

const now = () => performance.now()
const log = (text: string) => process.stderr.write(`[bench] ${text}\n`)
const round = (value: number, digits = 2) => Number(value.toFixed(digits))

/** Dataset size of every scenario. */
const RECORD_COUNT = 10_000

/** Wall-clock spans of the calls made to some function while a measurement runs. */
class Spans {
  calls = 0
  totalMs = 0
  first = Number.POSITIVE_INFINITY
  last = 0
  add(start: number, end: number) {
    this.calls++
    this.totalMs += end - start
    this.first = Math.min(this.first, start)
    this.last = Math.max(this.last, end)
  }
  summary(origin: number) {
    return this.calls
      ? { calls: this.calls, totalMs: round(this.totalMs), fromMs: round(this.first - origin), toMs: round(this.last - origin) }
      : { calls: 0, totalMs: 0 }
  }
}

/**
 * Wraps `payload.find` / `findByID` / `count` / `db.updateOne` so a measurement can say where
 * its time went. Installed only for the profiling passes, never for the headline numbers.
 */
const instrument = (payload: Payload) => {
  const spans = {
    findDocs: new Spans(),
    findData: new Spans(),
    findRecords: new Spans(),
    findDatasets: new Spans(),
    findByIDData: new Spans(),
    countData: new Spans(),
    updateOneDocs: new Spans(),
  }
  const lookupCollections = new Set([RECORDS, DATASETS])
  const isLookup = (args: { collection?: unknown }) => lookupCollections.has(String(args.collection))
  // The plugin reads records and datasets through `payload.find` or straight through
  // `payload.db.find`; both are timed, the adapter call only when no Local API call wraps it.
  let nested = 0
  const timed = <A extends { collection?: unknown }, R>(call: (args: A) => Promise<R>, pick: (args: A) => Spans | null, countLookups = false, viaAdapter = false) =>
    (async (args: A) => {
      const target = viaAdapter && nested > 0 ? null : pick(args)
      if (!target) return call(args)
      const scoped = countLookups && isLookup(args)
      const start = now()
      if (scoped) sqlCounter.scope = true
      if (!viaAdapter) nested++
      try {
        return await call(args)
      } finally {
        if (!viaAdapter) nested--
        if (scoped) sqlCounter.scope = false
        const end = now()
        target.add(start, end)
        if (countLookups && args.collection === RECORDS) spans.findRecords.add(start, end)
        if (countLookups && args.collection === DATASETS) spans.findDatasets.add(start, end)
      }
    }) as (args: A) => Promise<R>
  const original = { count: payload.count, dbFind: payload.db.find, find: payload.find, findByID: payload.findByID, updateOne: payload.db.updateOne }
  const p = payload as unknown as Record<string, unknown>
  p.find = timed(original.find.bind(payload) as (args: { collection?: unknown }) => Promise<unknown>, (args) =>
    args.collection === DOCS ? spans.findDocs : isLookup(args) ? spans.findData : null, true)
  p.findByID = timed(original.findByID.bind(payload) as (args: { collection?: unknown }) => Promise<unknown>, (args) =>
    isLookup(args) ? spans.findByIDData : null)
  p.count = timed(original.count.bind(payload) as (args: { collection?: unknown }) => Promise<unknown>, (args) =>
    isLookup(args) ? spans.countData : null)
  const db = payload.db as unknown as Record<string, unknown>
  db.updateOne = timed(original.updateOne.bind(payload.db) as (args: { collection?: unknown }) => Promise<unknown>, (args) =>
    args.collection === DOCS ? spans.updateOneDocs : null)
  db.find = timed(original.dbFind.bind(payload.db) as (args: { collection?: unknown }) => Promise<unknown>, (args) =>
    isLookup(args) ? spans.findData : null, true, true)
  return {
    spans,
    restore: () => {
      db.find = original.dbFind
      p.find = original.find
      p.findByID = original.findByID
      p.count = original.count
      db.updateOne = original.updateOne
    },
  }
}

/** The plugin's gate is the only `beforeChange` hook of bench-docs: time it where it runs. */
const timeGate = (payload: Payload) => {
  const state = { spans: new Spans() }
  const collection = (payload.collections as unknown as Record<string, { config: { hooks: { beforeChange: ((args: unknown) => unknown)[] } } }>)[DOCS]
  const hooks = collection.config.hooks.beforeChange
  const original = [...hooks]
  hooks.forEach((hook, index) => {
    hooks[index] = async (args: unknown) => {
      const start = now()
      try {
        return await hook(args)
      } finally {
        state.spans.add(start, now())
      }
    }
  })
  return { state, restore: () => hooks.splice(0, hooks.length, ...original) }
}

/** The adapter calls a publish makes (reads, writes, transaction), timed per method, outermost only. */
const ADAPTER_METHODS = [
  'beginTransaction',
  'commitTransaction',
  'count',
  'create',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'find',
  'findOne',
  'findVersions',
  'queryDrafts',
  'rollbackTransaction',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

const timeAdapter = (payload: Payload) => {
  const db = payload.db as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
  const state = { totals: {} as Record<string, number> }
  const originals: Record<string, (...args: unknown[]) => Promise<unknown>> = {}
  let depth = 0
  for (const name of ADAPTER_METHODS) {
    const original = db[name]
    if (typeof original !== 'function') continue
    originals[name] = original
    db[name] = async function (this: unknown, ...args: unknown[]) {
      if (depth > 0) return original.apply(this, args)
      depth++
      const start = now()
      try {
        return await original.apply(this, args)
      } finally {
        depth--
        state.totals[name] = (state.totals[name] ?? 0) + now() - start
      }
    }
  }
  return { state, restore: () => Object.assign(db, originals) }
}

/** `select ... from "bench_docs_rels"` → `select bench_docs_rels`: what a statement does, where. */
const statementKind = (sql: string) => {
  const verb = sql.trim().split(/\s+/)[0]?.toLowerCase() ?? '?'
  const table = /(?:from|into|update)\s+"([^"]+)"/i.exec(sql)?.[1] ?? '?'
  return `${verb} ${table}`
}

const countKinds = (statements: string[]) => {
  const kinds: Record<string, number> = {}
  for (const sql of statements) kinds[statementKind(sql)] = (kinds[statementKind(sql)] ?? 0) + 1
  return kinds
}

const publish = (payload: Payload, id: number, context?: Record<string, unknown>) =>
  payload.update({ collection: DOCS as never, id, data: { _status: 'published' } as never, depth: 0, ...(context ? { context } : {}) }) as Promise<unknown> as Promise<Doc>

/**
 * What the plugin would store besides the figures, for the sides that store it by hand
 * (`stock-fields` always; `plugin` where its gate is skipped during setup).
 */
const pluginFields = (figures: FigureRow[]) => ({
  figureCheck: { checkedAt: new Date().toISOString(), figures: figures.length, findings: [], status: 'ok' },
  // The records of inline figures only; these documents have figure cards and no inline figures.
  referencedRecords: [],
})

const createDraft = async (payload: Payload, side: Side, title: string, figures: FigureRow[]) =>
  (await payload.create({
    collection: DOCS as never,
    data: { body: body(`${title}: tekst`), keyFigures: figures, title, ...(side === 'stock-fields' ? pluginFields(figures) : {}) } as never,
    depth: 0,
    draft: true,
  })) as unknown as Doc

const expectPublished = (side: Side, doc: Doc) => {
  if (doc._status !== 'published') throw new Error(`publish did not publish: ${JSON.stringify(doc._status)}`)
  const status = (doc.figureCheck as { status?: string } | undefined)?.status
  if (side === 'plugin' && status !== 'ok') throw new Error(`plugin publish ended with figureCheck.status ${status}`)
}

export type PublishMode = 'plain' | 'profile' | 'skipcheck'
export type PublishProfile = {
  adapterMs: Record<string, number>
  gateMs: number
  lookupCalls: number
  lookupMs: number
  lookupRecordsMs: number
  lookupDatasetsMs: number
  statementKinds: Record<string, number>
  statements: number
}

/**
 * Publishing drafts with 50 figures bound to a published 10,000-record dataset, one draft per
 * publish, on request: bench/figures.ts asks the sides for one publish at a time, in turns, so
 * that whatever else the machine does falls on all sides alike. Modes: `plain` (the headline),
 * `profile` (timers around the gate, the lookups and the adapter; SQL statements counted) and
 * `skipcheck` (the plugin's fields and editor with the gate skipped through its context flag).
 */
export const publishServer = async (payload: Payload, side: Side, drafts: number) => {
  const random = randomStream(7)
  const data = await seedDataset(payload, RECORD_COUNT, random)
  const pick = picker(data.records, random)
  const ids: number[] = []
  for (let index = 0; index < drafts; index++) ids.push((await createDraft(payload, side, `Doc ${index}`, makeFigures(50, pick))).id)
  log(`publish/${side}: ${drafts} drafts of 50 figures ready`)
  let next = 0

  const measure = async (mode: PublishMode): Promise<{ cpuMs: number; ms: number; profile?: PublishProfile }> => {
    const id = ids[next++]
    if (id === undefined) throw new Error(`publish/${side}: no drafts left`)
    const context = mode === 'skipcheck' ? { [SKIP_CHECK]: true } : undefined
    const probes = mode === 'profile' ? { adapter: timeAdapter(payload), gate: side === 'plugin' ? timeGate(payload) : null, lookups: instrument(payload) } : null
    if (probes) {
      sqlCounter.reset()
      sqlCounter.keepLog = true
      sqlCounter.counting = true
    }
    // CPU time of this process (SQLite runs in-process) next to wall time: less sensitive to
    // other work on the machine, blind to waiting for the disk.
    const cpuStart = process.cpuUsage()
    const start = now()
    const doc = await publish(payload, id, context)
    const ms = now() - start
    const cpu = process.cpuUsage(cpuStart)
    if (mode === 'skipcheck') {
      if (doc._status !== 'published') throw new Error('skip-check publish did not publish')
    } else expectPublished(side, doc)
    const result = { cpuMs: (cpu.user + cpu.system) / 1000, ms }
    if (!probes) return result
    sqlCounter.counting = false
    sqlCounter.keepLog = false
    probes.adapter.restore()
    probes.lookups.restore()
    probes.gate?.restore()
    return {
      ...result,
      profile: {
        adapterMs: probes.adapter.state.totals,
        gateMs: probes.gate?.state.spans.totalMs ?? 0,
        lookupCalls: probes.lookups.spans.findData.calls,
        lookupMs: probes.lookups.spans.findData.totalMs,
        lookupDatasetsMs: probes.lookups.spans.findDatasets.totalMs,
        lookupRecordsMs: probes.lookups.spans.findRecords.totalMs,
        statementKinds: countKinds(sqlCounter.log),
        statements: sqlCounter.statements,
      },
    }
  }

  /** What one published document holds: its figures and its rows in the relationship tables. */
  const describe = async () => {
    const stored = (await payload.findByID({ collection: DOCS as never, id: ids[0], depth: 0 })) as unknown as Doc
    const client = (payload.db as unknown as { client: { execute: (query: { args: unknown[]; sql: string }) => Promise<{ rows: Record<string, unknown>[] }> } }).client
    const rows = async (sql: string) => Number((await client.execute({ args: [ids[0]], sql })).rows[0]?.n ?? 0)
    return {
      figures: (stored.keyFigures as unknown[]).length,
      relRows: {
        document: await rows('select count(*) as n from bench_docs_rels where parent_id = ?'),
        versions: await rows('select count(*) as n from _bench_docs_v_rels where parent_id in (select id from _bench_docs_v where parent_id = ?)'),
        versionCount: await rows('select count(*) as n from _bench_docs_v where parent_id = ?'),
      },
    }
  }
  return { describe, measure }
}

/**
 * SQL statements of one publish, for documents with 5 and with 50 figures: all of them, and
 * (plugin side) those issued inside the plugin's lookups of records and datasets. The dataset
 * has one footing rule (total = sum of three parts) over records no figure uses, the case in
 * which the plugin needs its third lookup.
 */
const queriesScenario = async (payload: Payload, side: Side) => {
  const random = randomStream(11)
  // With a footing rule whose records no figure shows, so that all three lookups happen.
  const data = await seedDataset(payload, RECORD_COUNT, random, { footingRule: true })
  const pick = picker(data.records, random)
  const probes = instrument(payload)
  const result: Record<string, { total: number[]; lookup: number[]; lookupCalls: number[]; kinds: Record<string, number> }> = {}
  for (const size of [5, 50]) {
    const ids: number[] = []
    for (let index = 0; index < 4; index++) ids.push((await createDraft(payload, side, `Q${size}-${index}`, makeFigures(size, pick))).id)
    await publish(payload, ids[0]) // warm-up, not counted
    const entry = { total: [] as number[], lookup: [] as number[], lookupCalls: [] as number[], kinds: {} as Record<string, number> }
    for (const id of ids.slice(1)) {
      probes.spans.findData = new Spans()
      sqlCounter.reset()
      sqlCounter.keepLog = true
      sqlCounter.counting = true
      expectPublished(side, await publish(payload, id))
      sqlCounter.counting = false
      sqlCounter.keepLog = false
      entry.total.push(sqlCounter.statements)
      entry.lookup.push(sqlCounter.scoped)
      entry.lookupCalls.push(probes.spans.findData.calls)
      entry.kinds = countKinds(sqlCounter.log)
    }
    result[String(size)] = entry
  }
  probes.restore()
  return result
}

/**
 * 10,000 published documents of 5 figures each; every hundredth also shows record R. Changing
 * R's value is measured as a whole `payload.update` (with the plugin: its afterChange hook finds
 * the 100 dependents, re-checks them and flags them stale). Rounds alternate a wrong value
 * (flags the 100) and the right one (clears them); the last round flags.
 */
const impactScenario = async (payload: Payload, side: Side, args: { docs: number; every: number; rounds: number }) => {
  const random = randomStream(23)
  const data = await seedDataset(payload, RECORD_COUNT, random)
  const target = data.records[0]
  const pick = picker(data.records, random, target.id)
  const dependents: number[] = []
  const seedStart = now()
  await inTransaction(payload, async (req: PayloadRequest) => {
    for (let index = 0; index < args.docs; index++) {
      const figures = makeFigures(5, pick, index % args.every === 0 ? [target] : [])
      const own = side === 'stock' ? {} : pluginFields(figures)
      const doc = (await payload.create({
        collection: DOCS as never,
        context: { [SKIP_CHECK]: true },
        data: { _status: 'published', body: body(`Doc ${index}`), keyFigures: figures, title: `Doc ${index}`, ...own } as never,
        depth: 0,
        req,
      })) as unknown as Doc
      if (index % args.every === 0) dependents.push(doc.id)
      if (index % 2000 === 1999) log(`impact/${side}: ${index + 1} documents`)
    }
  })
  const seedMs = now() - seedStart
  log(`impact/${side}: ${args.docs} published documents in ${Math.round(seedMs)} ms`)

  const setValue = async (value: number) => {
    const start = now()
    await payload.update({ collection: RECORDS as never, id: target.id, data: { value: String(value) } as never, depth: 0 })
    return now() - start
  }
  const wrong = target.value + 1
  await setValue(wrong) // warm-up pair
  await setValue(target.value)
  const flagMs: number[] = []
  const clearMs: number[] = []
  for (let index = 0; index < args.rounds; index++) {
    if (index > 0) clearMs.push(await setValue(target.value))
    flagMs.push(await setValue(wrong))
  }

  // Profile one more clear + flag: where the time of the flagging update goes.
  const probes = instrument(payload)
  await setValue(target.value)
  for (const spans of Object.values(probes.spans)) Object.assign(spans, new Spans())
  sqlCounter.reset()
  sqlCounter.counting = true
  const start = now()
  await payload.update({ collection: RECORDS as never, id: target.id, data: { value: String(wrong) } as never, depth: 0 })
  const end = now()
  sqlCounter.counting = false
  probes.restore()
  const profile = {
    totalMs: round(end - start),
    statements: sqlCounter.statements,
    ...Object.fromEntries(Object.entries(probes.spans).map(([name, spans]) => [name, spans.summary(start)])),
  }

  let flagged: number | null = null
  let flaggedAreDependents: boolean | null = null
  if (side === 'plugin') {
    const { docs } = await payload.find({
      collection: DOCS as never,
      depth: 0,
      limit: 0,
      pagination: false,
      select: { id: true } as never,
      where: { 'figureCheck.status': { equals: 'stale' } },
    })
    const ids = new Set(docs.map((doc) => (doc as unknown as Doc).id))
    flagged = ids.size
    flaggedAreDependents = ids.size === dependents.length && dependents.every((id) => ids.has(id))
  }
  const total = await payload.count({ collection: DOCS as never, where: { _status: { equals: 'published' } } })
  return { clearMs, dependents: dependents.length, documents: total.totalDocs, flagMs, flagged, flaggedAreDependents, profile, seedMs: round(seedMs) }
}

/**
 * A report of 100 published documents × 50 figures. Plugin: `checkReport` as the endpoint,
 * CLI and admin view run it. Stock: the same 100 documents fetched at depth 0 (for scale).
 */
const reportScenario = async (payload: Payload, side: Side, args: { docs: number; figures: number; runs: number }) => {
  const random = randomStream(31)
  const data = await seedDataset(payload, RECORD_COUNT, random)
  const pick = picker(data.records, random)
  const report = (await payload.create({ collection: REPORTS as never, data: { slug: 'bench-report', title: 'Bench report' } as never })) as unknown as Doc
  for (let index = 0; index < args.docs; index++) {
    const doc = (await payload.create({
      collection: DOCS as never,
      data: { _status: 'published', body: body(`R${index}`), keyFigures: makeFigures(args.figures, pick), report: report.id, title: `R${index}` } as never,
      depth: 0,
    })) as unknown as Doc
    expectPublished(side, doc)
  }
  log(`report/${side}: ${args.docs} documents of ${args.figures} figures ready`)

  const timesMs: number[] = []
  let summary: unknown = null
  let profile: Record<string, unknown> = {}
  if (side === 'plugin') {
    const { checkReport } = await import('@jaarverslag/key-figures')
    const { options } = (await import('./configs/with-plugin.config')).keyFigures
    const run = async () => {
      const req = await createLocalReq({}, payload)
      const start = now()
      const check = await checkReport('bench-report', req, options)
      return { check, ms: now() - start }
    }
    await run() // warm-up
    for (let index = 0; index < args.runs; index++) {
      const { check, ms } = await run()
      timesMs.push(ms)
      summary = check.summary
    }
    const probes = instrument(payload)
    sqlCounter.reset()
    sqlCounter.counting = true
    const origin = now()
    const { ms } = await run()
    sqlCounter.counting = false
    probes.restore()
    profile = {
      totalMs: round(ms),
      statements: sqlCounter.statements,
      findDocs: probes.spans.findDocs.summary(origin),
      findData: probes.spans.findData.summary(origin),
      findRecords: probes.spans.findRecords.summary(origin),
      findDatasets: probes.spans.findDatasets.summary(origin),
    }
  } else {
    const fetch = async () => {
      const start = now()
      const { docs } = await payload.find({
        collection: DOCS as never,
        depth: 0,
        draft: true,
        limit: 0,
        pagination: false,
        where: { report: { equals: report.id } },
      })
      if (docs.length !== args.docs) throw new Error(`fetched ${docs.length} documents, expected ${args.docs}`)
      return now() - start
    }
    await fetch() // warm-up
    for (let index = 0; index < args.runs; index++) timesMs.push(await fetch())
  }
  return { profile, summary, timesMs }
}

export const runScenario = async (payload: Payload, scenario: string, side: Side) => {
  switch (scenario) {
    case 'queries':
      return queriesScenario(payload, side)
    case 'impact':
      return impactScenario(payload, side, { docs: Number(process.env.BENCH_IMPACT_DOCS ?? 10_000), every: 100, rounds: 5 })
    case 'report':
      return reportScenario(payload, side, { docs: 100, figures: 50, runs: 5 })
    default:
      throw new Error(`unknown scenario ${scenario}`)
  }
}
