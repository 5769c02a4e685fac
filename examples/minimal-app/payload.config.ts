import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { keyFiguresPlugin } from '@jaarverslag/key-figures'
import { publishedVersionsPlugin } from '@jaarverslag/published-versions'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const url = process.env.DATABASE_URL || `file:${path.join(dirname, 'data/minimal.db')}`

/**
 * A blog with numbers in its posts. Each post is its own "report" for the report-wide check
 * (found by its slug); datasets and records come from the plugin.
 */
export default buildConfig({
  admin: { importMap: { baseDir: path.resolve(dirname, 'src') }, user: 'users' },
  collections: [
    {
      slug: 'posts',
      access: { create: ({ req }) => Boolean(req.user), read: () => true, update: ({ req }) => Boolean(req.user) },
      admin: { useAsTitle: 'title' },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'slug', type: 'text', index: true },
        { name: 'body', type: 'richText' },
      ],
      versions: { drafts: true },
    },
    { slug: 'users', auth: true, fields: [] },
  ],
  db: url.startsWith('postgres') ? postgresAdapter({ pool: { connectionString: url } }) : sqliteAdapter({ client: { url } }),
  editor: lexicalEditor(),
  plugins: [
    keyFiguresPlugin({ collections: ['posts'], report: { collection: 'posts', slugField: 'slug' } }),
    // Optional: without it the plugin reads each save itself (blind to version restores).
    publishedVersionsPlugin(),
  ],
  secret: process.env.PAYLOAD_SECRET || 'minimal-app-secret-minimal-app-secret',
  // No generated types file: the test and the admin work without one.
  typescript: { autoGenerate: false },
})
