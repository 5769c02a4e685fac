import type { CollectionConfig } from 'payload'

export const JOB_CLAIMS_SLUG = 'job-claims'

const nobody = () => false

/**
 * One row per claim of a job by a server. The unique `key` (./claims.ts `claimKey`) is what makes
 * a claim atomic on every database: of two servers claiming the same job at once, one writes it.
 * Written by the server only; rows older than a day are removed.
 */
export const jobClaimsCollection: CollectionConfig = {
  slug: JOB_CLAIMS_SLUG,
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'job', type: 'text', index: true, required: true },
  ],
  labels: { plural: { en: 'Job claims', nl: 'Taakclaims' }, singular: { en: 'Job claim', nl: 'Taakclaim' } },
  timestamps: true,
}
