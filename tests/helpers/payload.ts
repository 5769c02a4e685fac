import type { Payload } from 'payload'

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createTestDatabase, type TestDatabase } from './database'

export type TestContext = {
  payload: Payload
  database: TestDatabase
  stop: () => Promise<void>
}

/**
 * Boots the real app config through Payload's Local API on a fresh database. The config reads
 * its environment when it is imported, so the environment is set first and the config imported
 * after (Jest gives every test file its own module registry).
 */
export const startPayload = async ({ reportPdf = false }: { reportPdf?: boolean } = {}): Promise<TestContext> => {
  const database = await createTestDatabase()
  const uploads = mkdtempSync(path.join(tmpdir(), 'jaarverslag-uploads-'))
  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_JOBS_AUTORUN = 'false'
  process.env.PAYLOAD_AUTO_SEED = 'false'
  // The PDF edition queues a job on every publish, and its job prints from a running site: off
  // unless a test file asks for it (tests/int/report-pdf.test.ts), so other files' jobs.run() never print.
  process.env.REPORT_PDF_ENABLED = reportPdf ? 'true' : 'false'
  process.env.MEDIA_DIR = path.join(uploads, 'media')
  process.env.FILES_DIR = path.join(uploads, 'files')
  process.env.REPORT_PDFS_DIR = path.join(uploads, 'report-pdfs')
  const { default: config } = await import('../../payload.config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  return {
    database,
    payload,
    stop: async () => {
      await payload.destroy()
      // Payload's destroy() leaves the SQL connections open.
      const db = payload.db as unknown as { client?: { close?: () => void }; pool?: { end?: () => Promise<void> } }
      // Not awaited: on PostgreSQL one client stays checked out after the schema push, and
      // end() would wait for it forever. Idle ones close now; the rest when the process ends.
      void db.pool?.end?.()
      db.client?.close?.()
      await database.cleanup()
      rmSync(uploads, { force: true, recursive: true })
    },
  }
}
