import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

type Transactions = Pick<BaseDatabaseAdapter, 'beginTransaction' | 'commitTransaction' | 'rollbackTransaction'>

/** How long a transaction waits for the one before it; past this it fails rather than hangs. */
const WAIT_MS = 60_000

type TransactionMode = 'deferred' | 'read' | 'write'
type LibsqlClient = { transaction: (mode?: TransactionMode) => Promise<unknown> }

const deferredClients = new WeakSet<object>()

/**
 * libSQL begins every transaction with BEGIN IMMEDIATE (mode `write`), Drizzle passes no mode,
 * so a transaction holds SQLite's one write lock from its first moment, before it has written
 * anything. Payload's forgot-password writes its rate-limit mark on the main connection while
 * the request's own transaction is open (it must survive a rollback); against an IMMEDIATE
 * transaction that write can only fail ("database is locked"), so password reset never worked.
 * BEGIN DEFERRED takes the lock at the transaction's first write: the mark is written and
 * committed first, then the transaction goes on. The transactions of this process still take
 * turns (below), so a deferred transaction never meets another one of ours half way.
 */
const beginDeferred = (client: LibsqlClient | undefined) => {
  if (!client || typeof client.transaction !== 'function' || deferredClients.has(client)) return
  const transaction = client.transaction.bind(client)
  client.transaction = (mode: TransactionMode = 'deferred') => transaction(mode)
  deferredClients.add(client)
}

/**
 * SQLite has one writer at a time, and libSQL opens every transaction on a fresh connection with
 * no busy timeout: a second transaction that starts while one is open fails at once with
 * SQLITE_BUSY ("database is locked"), so two editors saving at the same moment got a 500. This
 * lets the transactions of this process take turns instead: `beginTransaction` waits until the
 * previous one has committed or rolled back. (Reads do not wait: in WAL mode they never block.)
 */
export const serializeSqliteTransactions = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args) as BaseDatabaseAdapter & Transactions
    const { beginTransaction: begin, commitTransaction: commit, rollbackTransaction: rollback } = instance
    if (!begin || !commit || !rollback) return instance
    let tail: Promise<void> = Promise.resolve()
    const turns = new Map<number | string, () => void>()

    instance.beginTransaction = async function (this: unknown, options) {
      let release = () => {}
      const turn = new Promise<void>((resolve) => {
        release = resolve
      })
      const previous = tail
      tail = previous.then(() => turn)
      let timer: NodeJS.Timeout | undefined
      await Promise.race([
        previous,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`SQLite: waited ${WAIT_MS / 1000}s for another transaction to finish`)), WAIT_MS)
        }),
      ]).finally(() => clearTimeout(timer))
      try {
        beginDeferred((this as { client?: LibsqlClient } | undefined)?.client ?? (instance as unknown as { client?: LibsqlClient }).client)
        const id = await begin.call(this, options)
        if (id === null || id === undefined) release()
        else turns.set(id, release)
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    const finishing =
      (finish: typeof commit) =>
      async function (this: unknown, id: number | Promise<number | string> | string) {
        const key = await id
        try {
          return await finish.call(this, key)
        } finally {
          turns.get(key)?.()
          turns.delete(key)
        }
      }
    instance.commitTransaction = finishing(commit)
    instance.rollbackTransaction = finishing(rollback)
    return instance
  },
})
