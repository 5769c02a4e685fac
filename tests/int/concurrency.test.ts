import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, ValidationError } from 'payload'

import type { Chapter, DatasetRecord, Report } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { applyImport, settleFigureRechecks } from '@jaarverslag/key-figures'
import { compareFigure } from '@jaarverslag/key-figures/engine'
import { afterCommit } from '../../src/plugins/key-figures/server/afterCommit'
import { keyFigures } from '../../src/plugins'
import { createDataset, createReport, recordFigure } from '../helpers/figures'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'
import { createUsers } from '../helpers/users'

const DOCUMENTS = 20

let ctx: TestContext
let report: Report
let records: Record<string, DatasetRecord>
let editorId: number | string

const keyOf = (index: number) => `deelnemers.${index}`
const csv = (value: (index: number) => number) =>
  new TextEncoder().encode(
    ['key;label;value;unit', ...Array.from({ length: DOCUMENTS }, (_, index) => `${keyOf(index)};Deelnemers ${index};${value(index)};count`)].join('\n'),
  )

beforeAll(async () => {
  ctx = await startPayload()
  const users = await createUsers(ctx.payload, 'conc')
  editorId = users.editor.id
  report = await createReport(ctx.payload)
  ;({ records } = await createDataset(ctx.payload, {
    records: Array.from({ length: DOCUMENTS }, (_, index) => ({ key: keyOf(index), label: `Deelnemers ${index}`, unit: 'count' as const, value: '100' })),
    slug: 'deelnemers',
  }))
})

afterAll(async () => {
  await ctx?.stop()
})

describe('publishing while an import changes the records', () => {
  it('leaves no published document claiming a clean check against values that are no longer the data', async () => {
    const { payload } = ctx
    // Half the documents print the old value (100), half the value the import brings (100 + index).
    const shownOf = (index: number) => (index % 2 === 0 ? '100' : String(100 + index))
    const drafts = await Promise.all(
      Array.from({ length: DOCUMENTS }, (_, index) =>
        payload.create({
          collection: 'chapters',
          data: {
            keyFigures: [recordFigure(`Deelnemers ${index}`, shownOf(index), 'count', records[keyOf(index)])],
            report: report.id,
            section: 'cijfers',
            title: `Gelijktijdig ${index}`,
          } as never,
          depth: 0,
          draft: true,
        }),
      ),
    )

    const { options } = keyFigures
    const user = await payload.findByID({ collection: 'users', depth: 0, id: editorId })
    const turns = async (count: number) => {
      for (let turn = 0; turn < count; turn++) await new Promise((resolve) => setImmediate(resolve))
    }
    // Two imports one after the other: the first brings 100 + i, the second keeps that for the
    // first half and brings 200 + i for the rest. The final values are the second import's.
    const importing = (async () => {
      const req = async () => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
      await turns(8)
      await applyImport({ bytes: csv((index) => 100 + index), datasetSlug: 'deelnemers', fileName: 'deelnemers-1.csv', options, req: await req() })
      await turns(4)
      return applyImport({
        bytes: csv((index) => (index < DOCUMENTS / 2 ? 100 + index : 200 + index)),
        datasetSlug: 'deelnemers',
        fileName: 'deelnemers-2.csv',
        options,
        req: await req(),
      })
    })()
    // Publishes start before, between and after the imports (spread over event-loop turns).
    const publishing = drafts.map(async (draft, index) => {
      await turns(2 * index)
      try {
        await publishDocument(payload, 'chapters', { id: draft.id })
        return 'published'
      } catch (error) {
        // The gate refusing a figure that does not match the data it saw is a correct outcome.
        if (error instanceof ValidationError) return 'refused'
        throw error
      }
    })
    const [applied, ...outcomes] = await Promise.all([importing, ...publishing])
    await settleFigureRechecks()
    expect(applied.version).toBe(2)

    const final = new Map(
      (await payload.find({ collection: 'dataset-records', depth: 0, limit: 0, pagination: false })).docs.map((record) => [String(record.id), record]),
    )
    const datasetId = String(applied.plan.dataset.id)
    const { docs } = await payload.find({
      collection: 'chapters',
      depth: 0,
      limit: 0,
      pagination: false,
      where: { and: [{ title: { like: 'Gelijktijdig' } }, { _status: { equals: 'published' } }] },
    })
    expect(docs.length).toBe(outcomes.filter((outcome) => outcome === 'published').length)
    expect(docs.length).toBeGreaterThan(0)

    for (const doc of docs as Chapter[]) {
      const figure = doc.keyFigures?.[0]
      const record = final.get(String(typeof figure?.record === 'object' ? figure?.record?.id : figure?.record))
      if (!figure || !record) throw new Error(`chapter ${doc.id} lost its figure`)
      const matchesFinal = compareFigure({ binding: 'record', expected: record.value, shown: figure.shown, unit: 'count' }).ok
      const claim = { id: doc.id, matchesFinal, status: doc.figureCheck?.status, versions: doc.figureCheck?.datasetVersions }
      if (doc.figureCheck?.status === 'ok') {
        // A clean check must be against the final data: its version and its values.
        expect(claim).toEqual({ ...claim, matchesFinal: true, versions: { [datasetId]: 2 } })
      } else {
        expect(claim).toEqual({ ...claim, matchesFinal: false, status: 'stale' })
      }
    }
    // Both kinds of outcome happened, so the publishes really interleaved with the imports.
    expect(new Set(docs.map((doc) => doc.figureCheck?.status))).toEqual(new Set(['ok', 'stale']))
  })
})

describe('work after commit (the publish re-check runs there)', () => {
  it('runs once the transaction has committed, seeing its writes from outside, and never after a rollback', async () => {
    const { payload } = ctx
    const events: string[] = []
    const titleOutside = async (id: number | string) =>
      (await payload.findByID({ collection: 'reports', depth: 0, id, req: await createLocalReq({}, payload) })).title

    const committed = await createLocalReq({}, payload)
    expect(await initTransaction(committed)).toBe(true)
    const kept = await payload.create({ collection: 'reports', data: { organisation: 'Socius', slug: 'na-commit', title: 'Na commit', year: 2031 } as never, depth: 0, req: committed })
    await afterCommit(committed, async () => {
      events.push(`committed sees "${await titleOutside(kept.id)}"`)
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(events).toEqual([])
    await commitTransaction(committed)
    await settleFigureRechecks()
    expect(events).toEqual(['committed sees "Na commit"'])

    const rolledBack = await createLocalReq({}, payload)
    expect(await initTransaction(rolledBack)).toBe(true)
    await payload.create({ collection: 'reports', data: { organisation: 'Socius', slug: 'teruggedraaid', title: 'Teruggedraaid', year: 2032 } as never, depth: 0, req: rolledBack })
    await afterCommit(rolledBack, async () => {
      events.push('rolled back ran')
    })
    await killTransaction(rolledBack)
    await settleFigureRechecks()
    expect(events).toEqual(['committed sees "Na commit"'])
    expect((await payload.find({ collection: 'reports', depth: 0, where: { slug: { equals: 'teruggedraaid' } } })).totalDocs).toBe(0)

    // Without a transaction there is nothing to wait for.
    await afterCommit(await createLocalReq({}, payload), async () => {
      events.push('no transaction ran')
    })
    await settleFigureRechecks()
    expect(events).toEqual(['committed sees "Na commit"', 'no transaction ran'])
  })
})
