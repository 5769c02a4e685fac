import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export type TestDatabase = {
  kind: 'mongodb' | 'postgres' | 'sqlite'
  url: string
  /** Removes what the test run created. */
  cleanup: () => Promise<void>
}

const TEST_DATABASE_PREFIX = 'jaarverslag_t_'

type SqlClient = { query: (sql: string) => Promise<{ rows: { datname: string }[] }> }

/** Test databases older than this are left over from earlier runs (or crashed ones) and dropped. */
const LEFTOVER_AFTER_MS = 30 * 60_000

/** A fresh test database name that carries its creation time (seconds, base 36). */
const newDatabaseName = () =>
  `${TEST_DATABASE_PREFIX}${Math.floor(Date.now() / 1000).toString(36)}_${randomUUID().replace(/-/g, '').slice(0, 12)}`

const createdAt = (name: string): number | null => {
  const match = new RegExp(`^${TEST_DATABASE_PREFIX}([0-9a-z]+)_[0-9a-f]+$`).exec(name)
  return match ? parseInt(match[1], 36) * 1000 : null
}

/**
 * Drops the test databases of earlier runs. Younger ones are left alone: other test files of this
 * run (Jest workers) still hold connections to them, and DROP DATABASE waits five seconds for
 * each database in use before it gives up, which made every file's setup slower than the last.
 */
const dropLeftoverTestDatabases = async (admin: SqlClient) => {
  const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE '${TEST_DATABASE_PREFIX}%'`)
  for (const { datname } of rows) {
    const created = createdAt(datname)
    if (created !== null && Date.now() - created < LEFTOVER_AFTER_MS) continue
    await admin.query(`DROP DATABASE IF EXISTS ${datname}`).catch(() => undefined)
  }
}

/**
 * SQLite: a fresh temp file per test file, always. PostgreSQL: when `TEST_DATABASE_URL` is set,
 * a fresh database per test file on that server (the role needs CREATEDB), so suites never see
 * each other's rows and schema push never meets an old schema. MongoDB (`mongodb://`) likewise,
 * for anyone who has a server: CI machines cannot install one.
 */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const serverUrl = process.env.TEST_DATABASE_URL
  if (serverUrl && /^postgres(ql)?:\/\//.test(serverUrl)) {
    const { default: pg } = await import('pg')
    const name = newDatabaseName()
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await dropLeftoverTestDatabases(admin)
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return {
      kind: 'postgres',
      url: url.toString(),
      // Dropped by a later run: Payload keeps a connection to it until this process exits.
      cleanup: async () => undefined,
    }
  }
  if (serverUrl && /^mongodb(\+srv)?:\/\//.test(serverUrl)) {
    // MongoDB creates a database on first write: a fresh name per test file is enough.
    const url = new URL(serverUrl)
    url.pathname = `/${TEST_DATABASE_PREFIX}${randomUUID().replace(/-/g, '').slice(0, 16)}`
    return { kind: 'mongodb', url: url.toString(), cleanup: async () => undefined }
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'jaarverslag-test-'))
  return {
    kind: 'sqlite',
    url: `file:${path.join(dir, 'test.db')}`,
    cleanup: async () => rmSync(dir, { force: true, recursive: true }),
  }
}
