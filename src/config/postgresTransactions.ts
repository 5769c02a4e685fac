import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

type Transactions = Pick<BaseDatabaseAdapter, 'beginTransaction' | 'commitTransaction' | 'rollbackTransaction'>

/** Connections of the pool kept out of reach of transactions, for the reads Payload makes beside one. */
export const SPARE_CONNECTIONS = 2

/** How many transactions may be open at once on a pool of `poolMax` connections (at least one). */
export const transactionSlots = (poolMax: number): number => Math.max(1, poolMax - SPARE_CONNECTIONS)

/**
 * A counting gate: `take` resolves once fewer than `slots` are taken, with the function that
 * gives the slot back (once). Pure, tested alone (tests/unit/postgres-transactions.test.ts).
 */
export const createSlots = (slots: number) => {
  let taken = 0
  const waiting: (() => void)[] = []
  const take = async (): Promise<() => void> => {
    if (taken >= slots) await new Promise<void>((resolve) => waiting.push(resolve))
    else taken++
    let given = false
    return () => {
      if (given) return
      given = true
      const next = waiting.shift()
      // The slot passes straight to the next in line; else it is free again.
      if (next) next()
      else taken--
    }
  }
  return { take, taken: () => taken, waiting: () => waiting.length }
}

/**
 * Each open transaction holds one pooled connection until it ends, and Payload 3.90 makes some
 * reads beside the request's transaction, on another connection from the same pool (e.g. the
 * document-lock check of every update, `checkDocumentLockStatus`, asks `payload.db.find` without
 * `req`). With as many concurrent saves as the pool has connections, every connection is held by
 * a transaction that waits for a free one: the server hangs for good (seen with 20 publishes at
 * once on one server, tests/multi/publish-during-import.test.ts). So at most `poolMax - 2`
 * transactions are open at once; the next `beginTransaction` waits for one to end, and the two
 * spare connections always serve those reads.
 */
export const limitOpenTransactions = (adapter: DatabaseAdapterObj, poolMax: number): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args) as BaseDatabaseAdapter & Transactions
    const { beginTransaction: begin, commitTransaction: commit, rollbackTransaction: rollback } = instance
    if (!begin || !commit || !rollback) return instance
    const slots = createSlots(transactionSlots(poolMax))
    const held = new Map<number | string, () => void>()

    instance.beginTransaction = async function (this: unknown, options) {
      const release = await slots.take()
      try {
        const id = await begin.call(this, options)
        if (id === null || id === undefined) release()
        else held.set(id, release)
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
          held.get(key)?.()
          held.delete(key)
        }
      }
    instance.commitTransaction = finishing(commit)
    instance.rollbackTransaction = finishing(rollback)
    return instance
  },
})
