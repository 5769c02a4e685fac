import type { CollectionSlug, PayloadRequest } from 'payload'

/** Drizzle's query builder (the same on SQLite and PostgreSQL): `insert(table).values(rows)`. */
type Drizzle = { insert: (table: unknown) => { values: (rows: Record<string, unknown>[]) => PromiseLike<unknown> } }

/** What Payload's SQL adapters (@payloadcms/drizzle: SQLite and PostgreSQL) expose of their drizzle instance and tables. */
type SqlAdapter = {
  drizzle: Drizzle
  sessions?: Record<number | string, { db?: Drizzle } | undefined>
  tableNameMap: Map<string, string>
  tables: Record<string, Record<string, unknown>>
}

const isSqlAdapter = (db: unknown): db is SqlAdapter => {
  const adapter = db as Partial<SqlAdapter> | null
  return Boolean(adapter && typeof adapter.drizzle?.insert === 'function' && adapter.tables && adapter.tableNameMap instanceof Map)
}

/** The adapter's key for a collection's table (it snake-cases the slug: `dataset-records` -> `dataset_records`). */
const tableKey = (slug: string) => slug.replace(/([a-z\d])([A-Z])/g, '$1_$2').replace(/[^a-zA-Z\d]+/g, '_').toLowerCase()

const isScalar = (value: unknown) => value === null || ['boolean', 'number', 'string'].includes(typeof value)

/**
 * The collection's table when every document is one plain row of it: each key is a column of
 * the main table and each value a scalar (no arrays, hasMany relationships, localized or JSON
 * fields, which live in other tables or need the adapter's own transformation).
 */
const flatTable = (adapter: SqlAdapter, collection: string, docs: readonly Record<string, unknown>[]) => {
  const tableName = adapter.tableNameMap.get(tableKey(collection))
  const table = tableName ? adapter.tables[tableName] : undefined
  if (!tableName || !table) return null
  for (const doc of docs) {
    for (const [key, value] of Object.entries(doc)) {
      if (key === 'id' || !(key in table) || !isScalar(value)) return null
    }
  }
  return tableName
}

/**
 * Creates documents through the database adapter in the transaction of `req`, without hooks,
 * validation or access (the caller has done what they would): on Payload's SQL adapters as one
 * multi-row INSERT through drizzle's query builder when the documents are plain rows of the
 * collection's table (one statement prepared and run instead of one per document), and
 * otherwise (MongoDB, or fields in other tables) with one `payload.db.create` per document.
 */
export const createMany = async ({
  collection,
  docs,
  req,
}: {
  collection: CollectionSlug
  docs: readonly Record<string, unknown>[]
  req: PayloadRequest
}): Promise<void> => {
  if (docs.length === 0) return
  const adapter = req.payload.db as unknown
  const tableName = isSqlAdapter(adapter) ? flatTable(adapter, collection, docs) : null
  if (isSqlAdapter(adapter) && tableName) {
    // The transaction's connection, as the adapter's own methods find it (getTransaction).
    const transactionID = req.transactionID ? await req.transactionID : null
    const db = (transactionID !== null && adapter.sessions?.[transactionID]?.db) || adapter.drizzle
    // Without RETURNING: reading back every inserted row was half the cost.
    await db.insert(adapter.tables[tableName]).values(docs as Record<string, unknown>[])
    return
  }
  for (const data of docs) await req.payload.db.create({ collection, data, req, returning: false })
}
