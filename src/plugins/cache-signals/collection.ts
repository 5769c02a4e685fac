import type { CollectionConfig } from 'payload'

export const CACHE_SIGNALS_SLUG = 'cache-signals'

const nobody = () => false

/**
 * One row per committed change the public site's caches must forget: the cache tags it expires.
 * Written by the server only, in the transaction of the change (so a rolled back change signals
 * nothing), and read by every server's poller (./poller.ts). Rows older than an hour are removed.
 */
export const cacheSignalsCollection: CollectionConfig = {
  slug: CACHE_SIGNALS_SLUG,
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  fields: [{ name: 'tags', type: 'json', required: true }],
  indexes: [{ fields: ['createdAt'] }],
  labels: { plural: { en: 'Cache signals', nl: 'Cachesignalen' }, singular: { en: 'Cache signal', nl: 'Cachesignaal' } },
  timestamps: true,
}
