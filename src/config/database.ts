import type { DatabaseAdapterObj, Migration } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { limitOpenTransactions } from './postgresTransactions'
import { serializeSqliteTransactions } from './sqliteWrites'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export const DEFAULT_DATABASE_URL = 'file:./data/jaarverslag.db'

/**
 * Connections each server keeps to PostgreSQL (`DATABASE_POOL_MAX`, default 10, node-postgres' own
 * default; at most `max - 2` of them in transactions at once, see postgresTransactions.ts). With several servers the database sees servers × this (plus a few for migrations and
 * tools): keep it under PostgreSQL's `max_connections` (100 by default), e.g. 4 servers × 10.
 */
export const poolMax = (value = process.env.DATABASE_POOL_MAX): number => {
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : 10
}

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export const databaseKind = (url: string): DatabaseKind => {
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//i.test(url)) return 'mongodb'
  return 'sqlite'
}

/** libSQL does not create the folder of a database file; a fresh clone has no ./data yet. */
const ensureSqliteFolder = (url: string) => {
  const file = url.replace(/^file:/, '').split('?')[0]
  if (!file || file.startsWith(':memory:') || file === ':memory:') return
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/**
 * Picks Payload's adapter from `DATABASE_URL`. The SQL adapters push the schema in development
 * and run the committed migrations (one folder per dialect) on a production start; MongoDB needs
 * neither.
 */
export const databaseAdapter = (url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): DatabaseAdapterObj => {
  // Read-only tools (figures:check) must never alter a schema: PAYLOAD_DB_PUSH=false.
  const push = process.env.PAYLOAD_DB_PUSH === 'false' ? false : undefined
  switch (databaseKind(url)) {
    case 'mongodb':
      return mongooseAdapter({ url })
    case 'postgres':
      // Never all connections in transactions (postgresTransactions.ts): Payload reads beside them.
      return limitOpenTransactions(
        postgresAdapter({
          migrationDir: path.resolve(dirname, '../migrations/postgres'),
          pool: { connectionString: url, max: poolMax() },
          push,
          prodMigrations: postgresMigrations as Migration[],
        }),
        poolMax(),
      )
    case 'sqlite':
      ensureSqliteFolder(url)
      return serializeSqliteTransactions(sqliteAdapter({
        client: { url },
        migrationDir: path.resolve(dirname, '../migrations/sqlite'),
        prodMigrations: sqliteMigrations as Migration[],
        push,
        // Off by default on SQLite; on, so that a refused publish or import writes nothing.
        transactionOptions: {},
        // Readers never wait for the writer (and never fail with SQLITE_BUSY while it commits).
        wal: url.startsWith('file:') && !url.includes(':memory:'),
      }))
  }
}
