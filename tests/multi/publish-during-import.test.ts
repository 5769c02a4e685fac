import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Chapter, DatasetRecord, Report } from '../../src/payload-types'

import { compareFigure } from '@jaarverslag/key-figures/engine'
import { createDataset, createReport, recordFigure } from '../helpers/figures'
import { createUsers, TEST_PASSWORD } from '../helpers/users'
import { type Cluster, login, multiServerSkipReason, rest, startCluster, until } from './cluster'

const skip = multiServerSkipReason()
if (skip) console.warn(skip)
const suite = skip ? describe.skip : describe

const DOCUMENTS = 20
const ROWS = 2000

let cluster: Cluster
let token: string
let report: Report
let records: Record<string, DatasetRecord>

const keyOf = (index: number) => `deelnemers.${index}`
/** The import file: the figures' records (0..19) and filler rows so that each import takes a while. */
const csv = (value: (index: number) => number) =>
  ['key;label;value;unit', ...Array.from({ length: ROWS }, (_, index) => `${keyOf(index)};Deelnemers ${index};${value(index)};count`)].join('\n')

const importThrough = async (url: string, body: string, fileName: string) => {
  const form = new FormData()
  form.append('file', new Blob([body], { type: 'text/csv' }), fileName)
  form.append('_payload', JSON.stringify({ dryRun: false }))
  const response = await fetch(`${url}/api/key-figures/datasets/deelnemers/import`, { body: form, headers: { Authorization: `JWT ${token}` }, method: 'POST' })
  return { json: await response.json(), status: response.status }
}

beforeAll(async () => {
  if (skip) return
  cluster = await startCluster({ count: 2, perServer: [{ jobs: false }, { jobs: false }] })
  const users = await createUsers(cluster.payload, 'imp')
  token = await login(cluster.servers[0].url, users.editor.email, TEST_PASSWORD)
  report = await createReport(cluster.payload)
  ;({ records } = await createDataset(cluster.payload, {
    records: Array.from({ length: DOCUMENTS }, (_, index) => ({ key: keyOf(index), label: `Deelnemers ${index}`, unit: 'count' as const, value: '100' })),
    slug: 'deelnemers',
  }))
}, 600_000)

afterAll(async () => {
  await cluster?.stop()
})

suite('publishing on server A while server B applies imports', () => {
  it('leaves no published document verified against data older than what was committed', async () => {
    if (process.env.MULTI_TRACE) console.log('start')
    const [a, b] = cluster.servers
    // Half the documents print the old value (100), half the value the imports bring (100 + index).
    const shownOf = (index: number) => (index % 2 === 0 ? '100' : String(100 + index))
    const drafts = await Promise.all(
      Array.from({ length: DOCUMENTS }, async (_, index) => {
        const draft = (await cluster.payload.create({
          collection: 'chapters',
          data: { keyFigures: [recordFigure(`Deelnemers ${index}`, shownOf(index), 'count', records[keyOf(index)])], report: report.id, section: 'cijfers', title: `Over servers ${index}` } as never,
          depth: 0,
          draft: true,
        })) as Chapter
        return draft
      }),
    )
    // Two imports one after the other on B: the first brings 100 + i, the second keeps that for
    // the first half and brings 200 + i for the rest of the figures' records.
    const importing = (async () => {
      const begin = Date.now()
      const first = await importThrough(b.url, csv((index) => 100 + index), 'deelnemers-1.csv')
      if (process.env.MULTI_TRACE) console.log(`import 1 answered ${first.status} after ${Date.now() - begin} ms`)
      const second = await importThrough(
        b.url,
        csv((index) => (index < DOCUMENTS / 2 ? 100 + index : 200 + index)),
        'deelnemers-2.csv',
      )
      if (process.env.MULTI_TRACE) console.log(`import 2 answered ${second.status} after ${Date.now() - begin} ms`)
      return [first, second]
    })()
    // Publishes through A, spread before, during and after the imports.
    const publishing = drafts.map(async (draft, index) => {
      await new Promise((resolve) => setTimeout(resolve, index * 60))
      // Approved and published in one save (the editor's way; tests/helpers/publish.ts does the same).
      const answer = await rest(a.url, 'PATCH', `/chapters/${draft.id}`, { body: { _status: 'published', workflowStage: 'approved' }, token })
      if (process.env.MULTI_TRACE) console.log(`publish ${index} answered ${answer.status}`)
      if (answer.status === 200) return 'published'
      // The gate refusing a figure that does not match the data it saw is a correct outcome.
      if (answer.status === 400) return 'refused'
      throw new Error(`publish ${draft.id} answered ${answer.status}: ${JSON.stringify(answer.json)}`)
    })
    const [[first, second], ...outcomes] = await Promise.all([importing, ...publishing])
    expect([first.status, second.status]).toEqual([200, 200])
    expect([first.json.version, second.json.version]).toEqual([1, 2])

    const final = new Map(
      (await cluster.payload.find({ collection: 'dataset-records', depth: 0, limit: 0, pagination: false, where: { key: { in: Array.from({ length: DOCUMENTS }, (_, index) => keyOf(index)) } } })).docs.map(
        (record) => [String(record.id), record],
      ),
    )
    const datasetId = String(Object.values(records)[0].dataset && typeof Object.values(records)[0].dataset === 'object' ? (Object.values(records)[0].dataset as { id: number }).id : Object.values(records)[0].dataset)
    const published = async () =>
      (
        await cluster.payload.find({
          collection: 'chapters',
          depth: 0,
          limit: 0,
          pagination: false,
          where: { and: [{ title: { like: 'Over servers' } }, { _status: { equals: 'published' } }] },
        })
      ).docs as Chapter[]
    // The re-checks after commit run on the server that committed (A for a publish, B for an
    // import); wait until no document claims a clean check it no longer has.
    const isSettled = (doc: Chapter) => {
      const figure = doc.keyFigures?.[0]
      const record = final.get(String(typeof figure?.record === 'object' ? figure?.record?.id : figure?.record))
      if (!figure || !record) return false
      const matchesFinal = compareFigure({ binding: 'record', expected: record.value, shown: figure.shown, unit: 'count' }).ok
      return doc.figureCheck?.status === 'ok' ? matchesFinal && (doc.figureCheck?.datasetVersions as Record<string, unknown> | null | undefined)?.[datasetId] === 2 : !matchesFinal && doc.figureCheck?.status === 'stale'
    }
    if (process.env.MULTI_TRACE) console.log('all answered')
    const docs = await until(published, (list) => list.every(isSettled), { attempts: 200, pauseMs: 100 })
    if (process.env.MULTI_TRACE) console.log(`settled: ${docs.every(isSettled)}`)
    expect(docs.length).toBe(outcomes.filter((outcome) => outcome === 'published').length)
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) {
      const figure = doc.keyFigures?.[0]
      const record = final.get(String(typeof figure?.record === 'object' ? figure?.record?.id : figure?.record))
      const matchesFinal = compareFigure({ binding: 'record', expected: String(record?.value), shown: String(figure?.shown), unit: 'count' }).ok
      const claim = { id: doc.id, matchesFinal, status: doc.figureCheck?.status, versions: doc.figureCheck?.datasetVersions }
      if (doc.figureCheck?.status === 'ok') expect(claim).toEqual({ ...claim, matchesFinal: true, versions: { [datasetId]: 2 } })
      else expect(claim).toEqual({ ...claim, matchesFinal: false, status: 'stale' })
    }
  }, 300_000)
})
