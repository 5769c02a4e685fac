import type { Config } from 'payload'

import { jobClaimsCollection } from './collection'
import { installAtomicJobClaims } from './install'

export { claimKey, heartbeatMs, isClaim, leaseMs, stillOurs, withExpiredLeases } from './claims'
export { JOB_CLAIMS_SLUG } from './collection'
export { installAtomicJobClaims } from './install'

export type JobLeasesOptions = {
  /** How long a job may stay `processing` untouched before another server takes it up (its own server touches it three times per lease while it runs). Default `JOBS_LEASE_SECONDS` or 600 s. */
  leaseMs: number
  /** Tests only: pause after a claim, before the job runs (to kill the server there). Default 0. */
  holdAfterClaimMs?: number
}

/**
 * Several servers running jobs over one database: each job is claimed by exactly one of them, and
 * a job whose server died is taken up again once its lease has run out; a job that runs longer than
 * the lease on a live server is kept by it (./install.ts).
 */
export const jobLeasesPlugin =
  (options: JobLeasesOptions) =>
  (incoming: Config): Config => ({
    ...incoming,
    collections: [...(incoming.collections ?? []), jobClaimsCollection],
    onInit: async (payload) => {
      installAtomicJobClaims(payload, options)
      await incoming.onInit?.(payload)
    },
  })
