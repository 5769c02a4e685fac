import type { CollectionConfig } from 'payload'

import type { SanitizedAccountSecurityOptions } from '../types'

const nobody = () => false

/**
 * Login attempts that still count: which address (key), which account (key), until when. Kept in
 * the database, not in memory, so several server processes throttle together. The keys are
 * HMACs under the server's secret: no email address or IP address is stored. Only the server
 * reads and writes it (`overrideAccess`); it is not in the admin, REST or GraphQL.
 */
export const createLoginAttemptsCollection = (options: SanitizedAccountSecurityOptions): CollectionConfig => ({
  slug: options.attemptsSlug,
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  graphQL: false,
  labels: { plural: { en: 'Login attempts', nl: 'Aanmeldpogingen' }, singular: { en: 'Login attempt', nl: 'Aanmeldpoging' } },
  timestamps: false,
  ...options.attemptsOverrides,
  fields: [
    { name: 'client', type: 'text', index: true, required: true },
    { name: 'account', type: 'text', index: true, required: true },
    { name: 'expiresAt', type: 'date', index: true, required: true },
    ...(options.attemptsOverrides.fields ?? []),
  ],
})
