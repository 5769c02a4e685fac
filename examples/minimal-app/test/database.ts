import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * A fresh database for one run: a temp SQLite file, or a new database on the PostgreSQL server
 * in TEST_DATABASE_URL (its role needs CREATEDB). Payload keeps its SQL connections until the
 * process exits, so a PostgreSQL database is dropped by the next run, with any other leftovers.
 */
export const freshDatabase = async (): Promise<{ url: string; drop: () => Promise<void> }> => {
  const server = process.env.TEST_DATABASE_URL
  if (server && /^postgres(ql)?:\/\//.test(server)) {
    const { default: pg } = await import('pg')
    const name = `minimal_app_${Date.now().toString(36)}_${process.pid}`
    const admin = async (run: (client: InstanceType<typeof pg.Client>) => Promise<unknown>) => {
      const client = new pg.Client({ connectionString: server })
      await client.connect()
      try {
        await run(client)
      } finally {
        await client.end()
      }
    }
    await admin(async (client) => {
      const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'minimal_app_%'`)
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname}`).catch(() => undefined)
      await client.query(`CREATE DATABASE ${name}`)
    })
    const url = new URL(server)
    url.pathname = `/${name}`
    return { drop: async () => undefined, url: url.toString() }
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'minimal-app-'))
  return { drop: async () => rmSync(dir, { force: true, recursive: true }), url: `file:${path.join(dir, 'minimal.db')}` }
}
