import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { benchDatabase } from './database'
import { benchDocs, benchReports, benchSecret, benchUsers } from './shared'
import { datasetRecords, datasets, keyFigures, pluginStoredFields } from './stock-collections'

/**
 * Profiling only: the stock config plus, by hand, the fields the plugin stores on each document
 * (`figureCheck`, `referencedRecords`), still without the plugin. Sits
 * between `stock` and `plugin` so the publish overhead can be split into storage and checking.
 */
export default buildConfig({
  collections: [benchDocs([keyFigures, ...pluginStoredFields]), benchReports, benchUsers, datasets, datasetRecords],
  db: benchDatabase(),
  editor: lexicalEditor(),
  logger: { destination: process.stderr, options: { level: 'warn' } },
  secret: benchSecret,
  telemetry: false,
})
