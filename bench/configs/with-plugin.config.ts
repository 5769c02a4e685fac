import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { keyFiguresPlugin } from '@jaarverslag/key-figures'
import { benchDatabase } from './database'
import { benchDocs, benchReports, benchSecret, benchUsers } from './shared'

/** The plugin instance of this config (the report scenario runs its check). */
export const keyFigures = keyFiguresPlugin({ collections: ['bench-docs' as never], report: { collection: 'bench-reports' as never } })

/** `bench-docs` with the key-figures plugin: the gate, staleness and the report check. */
export default buildConfig({
  collections: [benchDocs(), benchReports, benchUsers],
  db: benchDatabase(),
  editor: lexicalEditor(),
  logger: { destination: process.stderr, options: { level: 'warn' } },
  plugins: [keyFigures],
  secret: benchSecret,
  telemetry: false,
})
