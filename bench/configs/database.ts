import type { DatabaseAdapterObj } from 'payload'

import { sqliteAdapter } from '@payloadcms/db-sqlite'

/**
 * Counts every SQL statement Drizzle sends to libSQL while `counting` is on. Drizzle calls
 * `logQuery` once per prepared statement it runs (plain and relational queries, inserts,
 * updates, deletes); transaction BEGIN/COMMIT are issued by libSQL itself and are not counted,
 * on either side alike.
 */
export const sqlCounter = {
  counting: false,
  statements: 0,
  /** Statements issued while `scope` is set, per scope (e.g. the plugin's lookups). */
  scoped: 0,
  scope: false,
  log: [] as string[],
  keepLog: false,
  logQuery(query: string) {
    if (!this.counting) return
    this.statements++
    if (this.scope) this.scoped++
    if (this.keepLog) this.log.push(query)
  },
  reset() {
    this.statements = 0
    this.scoped = 0
    this.log = []
  },
}

/**
 * The same SQLite adapter settings the project uses (`src/config/database.ts`: schema push in
 * development, transactions on) on a given file, plus the statement counter. No migrations:
 * every bench database is a fresh temp file whose schema is pushed on boot.
 */
export const benchDatabase = (): DatabaseAdapterObj => {
  const url = process.env.BENCH_DATABASE_URL
  if (!url) throw new Error('BENCH_DATABASE_URL is not set')
  return sqliteAdapter({
    client: { url },
    logger: { logQuery: (query) => sqlCounter.logQuery(query) },
    transactionOptions: {},
  })
}
