import type { Where } from 'payload'

/**
 * Pure parts of the atomic job claim (./install.ts): which jobs may be claimed, and the key that
 * makes a claim unique.
 */

/**
 * Payload's runner claims jobs `where processing = false` (and not done, not failed). A job whose
 * server died keeps `processing = true` forever; once it has not been touched for `leaseMs` it may
 * be claimed again: the condition on `processing` becomes "false, or true and older than the lease".
 */
export const withExpiredLeases = (where: Where | undefined, cutoffIso: string): Where => {
  const expiredOrFree: Where = { or: [{ processing: { equals: false } }, { and: [{ processing: { equals: true } }, { updatedAt: { less_than: cutoffIso } }] }] }
  let replaced = false
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk)
    if (!node || typeof node !== 'object') return node
    const entries = Object.entries(node as Record<string, unknown>)
    if (entries.length === 1 && entries[0][0] === 'processing') {
      const condition = entries[0][1] as { equals?: unknown }
      if (condition && typeof condition === 'object' && condition.equals === false) {
        replaced = true
        return expiredOrFree
      }
    }
    return Object.fromEntries(entries.map(([key, value]) => [key, walk(value)]))
  }
  const result = walk(where ?? {}) as Where
  // A claim by id (`payload.jobs.runByID`) has no such condition: it gets the whole rule.
  if (replaced) return result
  return { and: [result, { completedAt: { exists: false } }, { hasError: { not_equals: true } }, expiredOrFree] }
}

/**
 * The job as the claimer saw it. Two servers that saw the same row try the same key, and the
 * unique index lets one of them write it; once the job has moved on (run, retried, or its lease
 * taken), the row looks different and a new key is possible.
 */
export const claimKey = (job: { id: unknown; processing?: unknown; totalTried?: unknown; updatedAt?: unknown }): string =>
  [String(job.id), String(job.updatedAt ?? ''), job.processing === true ? 'processing' : 'free', String(job.totalTried ?? 0)].join('|')

/** A call of the adapter's `updateJobs` that claims jobs (Payload's runner): it sets `processing` and nothing else of substance. */
export const isClaim = (args: { data?: Record<string, unknown> }): boolean => {
  const data = args.data ?? {}
  return data.processing === true && Object.keys(data).every((key) => key === 'processing' || key === 'updatedAt')
}

/**
 * How often a server touches the jobs it claimed while they run: three times per lease, so a job
 * that runs longer than the lease on a live server is never taken up by another; once the server
 * dies the touching stops and the lease runs out.
 */
export const heartbeatMs = (lease: number): number => Math.max(250, Math.floor(lease / 3))

/**
 * Whether a claimed job is still this server's run: still `processing` and not tried again since
 * the claim (Payload adds one to `totalTried` when an attempt fails; a retry is a new claim).
 */
export const stillOurs = (job: Record<string, unknown>, triedAtClaim: number): boolean =>
  job.processing === true && Number(job.totalTried ?? 0) === triedAtClaim

/** `JOBS_LEASE_SECONDS`, default 600: how long a job may stay `processing` untouched; its server touches it while it runs. */
export const leaseMs = (value = process.env.JOBS_LEASE_SECONDS): number => {
  const seconds = Number(value)
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 600) * 1000
}
