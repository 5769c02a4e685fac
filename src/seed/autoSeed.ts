import type { Payload } from 'payload'

import { DEFAULT_DATABASE_URL, databaseKind } from '../config/database'

/**
 * `onInit`: the first start on an empty embedded (SQLite) database seeds the Jaarverslag 2024,
 * so that `npm run dev` on a fresh clone shows a whole report. Off with PAYLOAD_AUTO_SEED=false;
 * never on PostgreSQL or MongoDB, and never on a database that already has users or reports.
 */
export const seedEmptyEmbeddedDatabase = async (payload: Payload): Promise<void> => {
  if (process.env.PAYLOAD_AUTO_SEED === 'false') return
  if (databaseKind(process.env.DATABASE_URL || DEFAULT_DATABASE_URL) !== 'sqlite') return
  const [{ totalDocs: reports }, { totalDocs: users }] = [
    await payload.count({ collection: 'reports', overrideAccess: true }),
    await payload.count({ collection: 'users', overrideAccess: true }),
  ]
  if (reports > 0 || users > 0) return
  payload.logger.info('Lege ingebouwde database: het Jaarverslag 2024 wordt ingeladen (npm run seed) ...')
  const { seed } = await import('./index')
  await seed(payload, { log: (message) => payload.logger.info(message) })
}
