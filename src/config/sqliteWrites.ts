import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

type Transactions = Pick<BaseDatabaseAdapter, 'beginTransaction' | 'commitTransaction' | 'rollbackTransaction'>

/** How long a transaction waits for the one before it; past this it fails rather than hangs. */
const WAIT_MS = 60_000

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
