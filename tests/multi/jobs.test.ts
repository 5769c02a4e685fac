import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Chapter, Report } from '../../src/payload-types'

import { createReport } from '../helpers/figures'
import { type Cluster, multiServerSkipReason, startCluster, until } from './cluster'

const skip = multiServerSkipReason()
if (skip) console.warn(skip)
const suite = skip ? describe.skip : describe

const SCHEDULED = 20
/** Every server looks for due jobs every second (PAYLOAD_JOBS_CRON), so they all race for each one. */
const EVERY_SECOND = '* * * * * *'
/** Servers A and B: a lease far longer than any publish here. The others (a long run, the kill): short. */
const LONG_LEASE_SECONDS = 300
const SHORT_LEASE_SECONDS = 3

let cluster: Cluster
let report: Report

beforeAll(async () => {
  if (skip) return
  cluster = await startCluster({ count: 2, env: { JOBS_LEASE_SECONDS: String(LONG_LEASE_SECONDS), PAYLOAD_JOBS_CRON: EVERY_SECOND } })
  report = await createReport(cluster.payload)
}, 600_000)

afterAll(async () => {
  await cluster?.stop()
})

/** An approved draft chapter (the workflow publishes only approved documents, also on schedule). */
const approvedDraft = async (title: string) => {
  const chapter = (await cluster.payload.create({ collection: 'chapters', data: { report: report.id, section: 'cijfers', title } as never, depth: 0, draft: true })) as Chapter
  await cluster.payload.update({ collection: 'chapters', data: { workflowStage: 'approved' } as never, depth: 0, draft: true, id: chapter.id })
  return chapter
}

const schedulePublish = (chapter: Chapter, at: Date) =>
  cluster.payload.jobs.queue({ input: { doc: { relationTo: 'chapters', value: chapter.id }, type: 'publish' }, task: 'schedulePublish', waitUntil: at })

const publishedVersions = async (chapter: Chapter) =>
  (
    await cluster.payload.findVersions({
      collection: 'chapters',
      limit: 0,
      where: { and: [{ parent: { equals: chapter.id } }, { 'version._status': { equals: 'published' } }] },
    })
  ).totalDocs

/** The job, or null once it completed (Payload deletes completed jobs: `deleteJobOnComplete`). */
const jobOf = async (id: number | string) => cluster.payload.findByID({ collection: 'payload-jobs', depth: 0, disableErrors: true, id })
const ended = (state: Awaited<ReturnType<typeof jobOf>>) => state === null || Boolean(state.completedAt) || state.hasError === true
/** Waits until a server marked the job `processing` (it claimed it). */
const untilClaimed = (id: number | string) => until(() => jobOf(id), (state) => state?.processing === true, { attempts: 600, pauseMs: 100 })
/** Waits until the job ended (completed and removed, failed, or done). */
const untilEnded = (id: number | string) => until(() => jobOf(id), ended, { attempts: 1200, pauseMs: 100 })
/** One more server running jobs every second, with the short lease. */
const shortLeaseServer = (env: Record<string, string> = {}) => cluster.addServer({ env: { JOBS_LEASE_SECONDS: String(SHORT_LEASE_SECONDS), ...env } })

suite('queued jobs with every server running them', () => {
  it('runs each of 20 scheduled publishes exactly once', async () => {
    const chapters = await Promise.all(Array.from({ length: SCHEDULED }, (_, index) => approvedDraft(`Gepland ${index}`)))
    // Due in two seconds: both servers' runners find them due in the same second.
    const due = new Date(Date.now() + 2000)
    const jobs = await Promise.all(chapters.map((chapter) => schedulePublish(chapter, due)))
    const done = await until(
      async () => Promise.all(jobs.map((job) => jobOf(job.id))),
      (states) => states.every(ended),
      // A busy machine (CI) may take minutes for 20 publishes; this only bounds the wait.
      { attempts: 3000, pauseMs: 100 },
    )
    // Every job completed without error (and was removed as completed jobs are).
    expect(done.map((state) => (state === null ? 'completed' : state.hasError ? 'failed' : 'still there'))).toEqual(jobs.map(() => 'completed'))
    // Exactly one publish per job: one published version each.
    expect(await Promise.all(chapters.map(publishedVersions))).toEqual(chapters.map(() => 1))
  }, 600_000)

  it('lets a job that runs longer than the lease finish on its live server: nobody else takes it up', async () => {
    // Only the new server runs jobs; it claims and then works for 30 s (a test-only pause), ten of
    // its 3-s leases. Its touches keep the lease; a second server running jobs every second
    // meanwhile never claims the job.
    await Promise.all(cluster.servers.map((server) => server.kill()))
    await shortLeaseServer({ JOBS_TEST_HOLD_AFTER_CLAIM_MS: '30000' })
    const chapter = await approvedDraft('Lang werk')
    const job = await schedulePublish(chapter, new Date(Date.now() - 1000))
    await untilClaimed(job.id)
    const claimedAt = Date.now()
    await shortLeaseServer()
    // Two leases after the claim, with the second server running jobs, the first still works:
    // without its touches the second would have taken the job up by now.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, claimedAt + 2 * SHORT_LEASE_SECONDS * 1000 - Date.now())))
    expect((await jobOf(job.id))?.processing).toBe(true)
    expect(await untilEnded(job.id)).toBeNull()
    expect(await publishedVersions(chapter)).toBe(1)
    // One claim of this job: the second server never took it.
    const claims = await cluster.payload.find({ collection: 'job-claims', depth: 0, limit: 0, overrideAccess: true, where: { job: { equals: String(job.id) } } })
    expect(claims.totalDocs).toBe(1)
  }, 600_000)

  it('takes up the job of a server killed after it claimed it, once the lease ran out, and ends it published', async () => {
    // Only the new server C runs jobs now; it claims and then stalls (a test-only pause), and is killed there.
    await Promise.all(cluster.servers.map((server) => server.kill()))
    const stalling = await shortLeaseServer({ JOBS_TEST_HOLD_AFTER_CLAIM_MS: '600000' })
    const chapter = await approvedDraft('Geclaimd en verweesd')
    const job = await schedulePublish(chapter, new Date(Date.now() - 1000))
    expect((await untilClaimed(job.id))?.processing).toBe(true)
    await stalling.kill()
    expect(await publishedVersions(chapter)).toBe(0)

    // A fresh server takes it up once the lease (JOBS_LEASE_SECONDS) ran out.
    await shortLeaseServer()
    // Completed (and removed), not failed, not stuck.
    expect(await untilEnded(job.id)).toBeNull()
    expect(await publishedVersions(chapter)).toBe(1)
  }, 600_000)
})
