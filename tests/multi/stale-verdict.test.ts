import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Chapter, DatasetRecord, Report } from '../../src/payload-types'

import { createDataset, createReport, recordFigure } from '../helpers/figures'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'
import { type Cluster, login, multiServerSkipReason, rest, startCluster } from './cluster'

const skip = multiServerSkipReason()
if (skip) console.warn(skip)
const suite = skip ? describe.skip : describe

let cluster: Cluster
let token: string
let report: Report
let record: DatasetRecord

beforeAll(async () => {
  if (skip) return
  cluster = await startCluster({ count: 2, perServer: [{ jobs: false }, { jobs: false }] })
  const users = await createUsers(cluster.payload, 'stale')
  token = await login(cluster.servers[0].url, users.editor.email, TEST_PASSWORD)
  report = await createReport(cluster.payload)
  ;({ records: { aantal: record } } = await createDataset(cluster.payload, {
    records: [{ key: 'aantal', label: 'Aantal', unit: 'count', value: '120' }],
    slug: 'stale-data',
  }))
}, 600_000)

afterAll(async () => {
  await cluster?.stop()
})

suite('a record changed on one server', () => {
  it('flags the published chapter stale, and the very next read through the other server shows the new verdict', async () => {
    const [a, b] = cluster.servers
    const chapter = await publishDocument<Chapter>(cluster.payload, 'chapters', {
      data: { keyFigures: [recordFigure('Aantal', '120', 'count', record)], report: report.id, section: 'cijfers', title: 'Over servers heen' },
    })
    const read = async (server: typeof a) => (await rest(server.url, 'GET', `/chapters/${chapter.id}?depth=0`)).json as Chapter & { keyFigures: { resolved: { matches: boolean; value: string } }[] }
    // Both servers have read (and may remember) the clean verdict.
    expect((await read(a)).keyFigures[0].resolved.matches).toBe(true)
    expect((await read(b)).keyFigures[0].resolved.matches).toBe(true)

    const changed = await rest(a.url, 'PATCH', `/dataset-records/${record.id}`, { body: { value: '125' }, token })
    expect(changed.status).toBe(200)

    const onB = await read(b)
    expect(onB.figureCheck?.status).toBe('stale')
    expect(onB.keyFigures[0].resolved).toMatchObject({ matches: false, value: '125' })
    // And back: the right value again clears the flag, seen at once on A.
    expect((await rest(b.url, 'PATCH', `/dataset-records/${record.id}`, { body: { value: '120' }, token })).status).toBe(200)
    const onA = await read(a)
    expect(onA.figureCheck?.status).toBe('ok')
    expect(onA.keyFigures[0].resolved.matches).toBe(true)
  })
})
