import type { Payload, PayloadRequest, Where } from 'payload'

import { claimKey, heartbeatMs, isClaim, stillOurs, withExpiredLeases } from './claims'
import { JOB_CLAIMS_SLUG } from './collection'

type UpdateJobsArgs = {
  data: Record<string, unknown>
  id?: number | string
  limit?: number
  req?: Partial<PayloadRequest>
  returning?: boolean
  sort?: unknown
  where?: Where
}
type UpdateJobs = (args: UpdateJobsArgs) => Promise<null | Record<string, unknown>[]>

const INSTALLED = Symbol.for('jaarverslag:atomicJobClaims')
const KEEP_CLAIMS_MS = 24 * 60 * 60_000

/**
 * Makes Payload's job claim atomic and adds a lease, on every database adapter. Payload's runner
 * claims with the adapter's `updateJobs({ data: { processing: true }, where: processing = false })`,
 * which reads the matching jobs and then updates them by id: two servers that read at the same
 * moment both claim (and both run) the same job, and a job whose server died stays `processing`.
 *
 * Here a claim reads the candidates (free, or `processing` untouched for `leaseMs`), then writes
 * one `job-claims` row per candidate with a unique key (the job as it was read): the database lets
 * exactly one server write each key, and only that server marks the job `processing` and runs it.
 * Claims and the mark are written outside the runner's transaction, so they are committed before
 * the job runs. While its jobs run, the server touches them (`updatedAt`) three times per lease, so
 * only the job of a server that died runs out of its lease. Other calls of `updateJobs` pass
 * through untouched.
 */
export const installAtomicJobClaims = (payload: Payload, { leaseMs, holdAfterClaimMs = 0 }: { holdAfterClaimMs?: number; leaseMs: number }): void => {
  const db = payload.db as unknown as { [INSTALLED]?: true; updateJobs: UpdateJobs }
  if (db[INSTALLED]) return
  const original: UpdateJobs = db.updateJobs.bind(db)
  let lastCleanup = 0

  /** Touches the claimed jobs every `heartbeatMs` while they are still this server's runs. */
  const keepLeases = (ids: (number | string)[], triedAtClaim: Map<string, number>) => {
    const timer = setInterval(() => {
      void (async () => {
        const { docs } = await payload.db.find<{ id: number | string } & Record<string, unknown>>({
          collection: 'payload-jobs',
          limit: 0,
          pagination: false,
          req: {},
          where: { id: { in: ids } },
        })
        const running = docs.filter((job) => stillOurs(job, triedAtClaim.get(String(job.id)) ?? 0)).map((job) => job.id)
        if (running.length === 0) return clearInterval(timer)
        await original({ data: { updatedAt: new Date().toISOString() }, req: {}, returning: false, where: { and: [{ id: { in: running } }, { processing: { equals: true } }] } })
      })().catch(() => {
        // The database did not answer this time: the next beat tries again, well within the lease.
      })
    }, heartbeatMs(leaseMs))
    // Never the reason a process stays alive.
    timer.unref()
  }

  db.updateJobs = async (args: UpdateJobsArgs) => {
    if (!isClaim(args)) return original(args)
    const where = withExpiredLeases(args.id !== undefined ? { id: { equals: args.id } } : args.where, new Date(Date.now() - leaseMs).toISOString())
    const { docs: candidates } = await payload.db.find<{ id: number | string } & Record<string, unknown>>({
      collection: 'payload-jobs',
      limit: args.id !== undefined ? 1 : (args.limit ?? 0),
      pagination: false,
      req: args.req,
      sort: args.sort as never,
      where,
    })
    const won: (number | string)[] = []
    const triedAtClaim = new Map<string, number>()
    for (const job of candidates) {
      try {
        await payload.db.create({ collection: JOB_CLAIMS_SLUG, data: { job: String(job.id), key: claimKey(job) }, req: {} })
        won.push(job.id as number | string)
        triedAtClaim.set(String(job.id), Number(job.totalTried ?? 0))
      } catch {
        // Another server wrote this claim first (unique key): it runs the job.
      }
    }
    if (won.length === 0) return args.returning === false ? null : []
    const claimed = await original({ data: args.data, limit: won.length, req: {}, returning: args.returning, sort: args.sort, where: { id: { in: won } } })
    keepLeases(won, triedAtClaim)
    if (Date.now() - lastCleanup > 60 * 60_000) {
      lastCleanup = Date.now()
      await payload.db
        .deleteMany({ collection: JOB_CLAIMS_SLUG, req: {}, where: { createdAt: { less_than: new Date(Date.now() - KEEP_CLAIMS_MS).toISOString() } } })
        .catch(() => undefined)
    }
    // Tests only (JOBS_TEST_HOLD_AFTER_CLAIM_MS): a window in which the claimed job is marked
    // `processing` and not yet run, to kill this server in.
    if (holdAfterClaimMs > 0) await new Promise((resolve) => setTimeout(resolve, holdAfterClaimMs))
    return claimed
  }
  db[INSTALLED] = true
}
