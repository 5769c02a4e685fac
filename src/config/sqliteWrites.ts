import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

type Transactions = Pick<BaseDatabaseAdapter, 'beginTransaction' | 'commitTransaction' | 'rollbackTransaction'>

/** How long a transaction waits for the one before it; past this it fails rather than hangs. */
const WAIT_MS = 60_000

/** The adapter's methods that write. Called outside a transaction and refused as busy, each waits for a turn of its own. */
const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type Write = (this: unknown, args: { req?: { transactionID?: unknown } }) => Promise<unknown>

/** SQLITE_BUSY ("database is locked"), also when wrapped by drizzle (as its `cause`). */
export const isBusy = (error: unknown): boolean => {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown }
    if (String(code).startsWith('SQLITE_BUSY') || /database is locked/i.test(String(message))) return true
  }
  return false
}

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
 * lets the writes of this process take turns instead: `beginTransaction` waits until the
 * previous transaction has committed or rolled back. A write made outside any transaction
 * (Payload counts a failed login that way) runs at once, and when a transaction holds the lock
 * (a dataset import lets requests in while it writes) it waits for that one to end and runs
 * again, instead of failing. (Reads do not wait: in WAL mode they never block.)
 */
export const serializeSqliteTransactions = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args) as BaseDatabaseAdapter & Transactions
    const { beginTransaction: begin, commitTransaction: commit, rollbackTransaction: rollback } = instance
    if (!begin || !commit || !rollback) return instance
    let tail: Promise<void> = Promise.resolve()
    const turns = new Map<number | string, () => void>()

    /** Waits for every earlier turn to end; the returned function ends this one. */
    const takeTurn = async (): Promise<() => void> => {
      let release = () => {}
      const turn = new Promise<void>((resolve) => {
        release = resolve
      })
      const previous = tail
      tail = previous.then(() => turn)
      let timer: NodeJS.Timeout | undefined
      try {
        await Promise.race([
          previous,
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`SQLite: waited ${WAIT_MS / 1000}s for another transaction to finish`)), WAIT_MS)
          }),
        ])
      } catch (error) {
        release()
        throw error
      } finally {
        clearTimeout(timer)
      }
      return release
    }

    instance.beginTransaction = async function (this: unknown, options) {
      const release = await takeTurn()
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

    const methods = instance as unknown as Record<(typeof WRITES)[number], Write | undefined>
    for (const name of WRITES) {
      const write = methods[name]
      if (typeof write !== 'function') continue
      methods[name] = async function (this: unknown, args) {
        if (args?.req?.transactionID) return write.call(this, args)
        try {
          return await write.call(this, args)
        } catch (error) {
          // Refused before it wrote anything: try once more when the open transaction has ended.
          if (!isBusy(error)) throw error
          const release = await takeTurn()
          try {
            return await write.call(this, args)
          } finally {
            release()
          }
        }
      }
    }
    return instance
  },
})
