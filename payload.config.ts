import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './src/collections'
import { Users } from './src/collections/Users'
import { databaseAdapter } from './src/config/database'
import { keepErrorDetailsAfterError } from './src/hooks/keepErrorDetailsAfterError'
import { runJobsAccess } from './src/config/jobs'
import { allowedOrigins } from './src/config/origins'
import { resolveSecret } from './src/config/secret'
import { plugins } from './src/plugins'
import { adminTimezone, adminTimezones, translations } from './src/i18n/translations'
import { seedEmptyEmbeddedDatabase } from './src/seed/autoSeed'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    // Payload's default is Gravatar: every admin page would send a hash of the user's email to a
    // third party (and need it in the CSP's img-src).
    avatar: 'default',
    // Above the stock dashboard: what needs doing for the report (findings, stale, review, scheduled, imports).
    components: { beforeDashboard: ['/admin/Dashboard#Dashboard'] },
    // Dates as a Flemish reader writes them (7 dec. 2026, 01:22), in the admin's time zone.
    dateFormat: 'd MMM yyyy, HH:mm',
    timezones: {
      defaultTimezone: adminTimezone(),
      supportedTimezones: adminTimezones(adminTimezone()),
    },
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Jaarverslag CMS' },
  },
  collections,
  cors: allowedOrigins(),
  csrf: allowedOrigins(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  graphQL: { schemaOutputFile: path.resolve(dirname, 'src/generated-schema.graphql') },
  hooks: { afterError: [keepErrorDetailsAfterError] },
  i18n: {
    fallbackLanguage: 'nl',
    supportedLanguages: { en, nl },
    translations,
  },
  jobs: {
    // An outside cron may run jobs too: GET /api/payload-jobs/run with `Authorization: Bearer $CRON_SECRET`.
    access: { run: runJobsAccess },
    // Runs scheduled publishes where Payload runs with its cron enabled (`next dev`, `next start`):
    // every minute, or as PAYLOAD_JOBS_CRON says (six fields: seconds first). With several
    // servers each runs jobs; src/plugins/job-leases makes each job run on one of them.
    autoRun: [{ cron: process.env.PAYLOAD_JOBS_CRON || '* * * * *', limit: 25, queue: 'default' }],
    shouldAutoRun: () => process.env.PAYLOAD_JOBS_AUTORUN !== 'false',
  },
  // Command-line tools print their own output on stdout; Payload's logs go to stderr there.
  logger: process.env.PAYLOAD_LOGS_TO_STDERR === 'true' ? { destination: process.stderr, options: { level: 'warn' } } : undefined,
  onInit: seedEmptyEmbeddedDatabase,
  plugins,
  secret: resolveSecret(),
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || undefined,
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
})
