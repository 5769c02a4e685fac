import type { Where } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { claimKey, heartbeatMs, isClaim, leaseMs, stillOurs, withExpiredLeases } from '../../src/plugins/job-leases/claims'

const CUTOFF = '2026-01-01T00:00:00.000Z'
const freeOrExpired = { or: [{ processing: { equals: false } }, { and: [{ processing: { equals: true } }, { updatedAt: { less_than: CUTOFF } }] }] }

describe('which jobs a server may claim', () => {
  it("widens Payload's `processing = false` to jobs whose lease ran out, keeping every other condition", () => {
    const where: Where = { and: [{ completedAt: { exists: false } }, { processing: { equals: false } }, { queue: { equals: 'default' } }] }
    expect(withExpiredLeases(where, CUTOFF)).toEqual({ and: [{ completedAt: { exists: false } }, freeOrExpired, { queue: { equals: 'default' } }] })
  })

  it('gives a claim by id the whole rule: not done, not failed, free or expired', () => {
    expect(withExpiredLeases({ id: { equals: 4 } }, CUTOFF)).toEqual({
      and: [{ id: { equals: 4 } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }, freeOrExpired],
    })
  })
})

describe('the claim key', () => {
  it('is the same for two servers that read the same job, and new once the job has moved on', () => {
    const job = { id: 4, processing: false, totalTried: 0, updatedAt: '2026-01-01T00:00:00.000Z' }
    expect(claimKey({ ...job })).toBe(claimKey(job))
    expect(claimKey({ ...job, processing: true })).not.toBe(claimKey(job))
    expect(claimKey({ ...job, updatedAt: '2026-01-01T00:00:01.000Z' })).not.toBe(claimKey(job))
    expect(claimKey({ ...job, totalTried: 1 })).not.toBe(claimKey(job))
  })
})

describe('what counts as a claim', () => {
  it("is Payload's runner setting `processing` (with `updatedAt`), nothing else", () => {
    expect(isClaim({ data: { processing: true, updatedAt: 'x' } })).toBe(true)
    expect(isClaim({ data: { processing: false } })).toBe(false)
    expect(isClaim({ data: { log: [], processing: true } })).toBe(false)
  })

  it('reads the lease from JOBS_LEASE_SECONDS, 600 s by default', () => {
    expect(leaseMs('3')).toBe(3000)
    expect(leaseMs(undefined)).toBe(600_000)
    expect(leaseMs('nonsense')).toBe(600_000)
  })
})

describe('the lease of a job that is running', () => {
  it('is touched three times per lease, never more often than every 250 ms', () => {
    expect(heartbeatMs(600_000)).toBe(200_000)
    expect(heartbeatMs(3000)).toBe(1000)
    expect(heartbeatMs(300)).toBe(250)
  })

  it('is kept only while the job is still the run this server claimed', () => {
    expect(stillOurs({ processing: true, totalTried: 0 }, 0)).toBe(true)
    expect(stillOurs({ processing: true }, 0)).toBe(true)
    // Done (or failed and waiting for a retry): nothing to keep.
    expect(stillOurs({ processing: false, totalTried: 0 }, 0)).toBe(false)
    // Failed once and claimed again, maybe by another server: that claim is not this server's.
    expect(stillOurs({ processing: true, totalTried: 1 }, 0)).toBe(false)
  })
})
