import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { benchDatabase } from './database'
import { benchDocs, benchReports, benchSecret, benchUsers } from './shared'
import { datasetRecords, datasets, keyFigures } from './stock-collections'

/**
 * Stock Payload storing the same figures as the plugin config: `bench-docs` with a hand-made
 * `keyFigures` array, hand-made `datasets` and `dataset-records`; no plugin, no hooks.
 */
export default buildConfig({
  collections: [benchDocs([keyFigures]), benchReports, benchUsers, datasets, datasetRecords],
  db: benchDatabase(),
  editor: lexicalEditor(),
  logger: { destination: process.stderr, options: { level: 'warn' } },
  secret: benchSecret,
  telemetry: false,
})
