import type { BaseDatabaseAdapter, Payload, PayloadRequest } from 'payload'

type TransactionId = number | string
type Waiting = { cancel: () => void; run: () => void }
type Adapter = Pick<BaseDatabaseAdapter, 'commitTransaction' | 'rollbackTransaction'> & { [REGISTRY]?: Map<TransactionId, Waiting[]> }

const REGISTRY = Symbol.for('keyFigures:afterCommit')

/**
 * The callbacks waiting for each open transaction. Installed once per database adapter: its
 * `commitTransaction` runs them after the commit succeeded, its `rollbackTransaction` drops them.
 * Payload has no after-commit hook (`afterOperation` and `afterChange` still run inside the
 * transaction), and every adapter commits through these two methods, looked up at call time.
 */
const registryOf = (payload: Payload): Map<TransactionId, Waiting[]> => {
  const db = payload.db as unknown as Adapter
  const existing = db[REGISTRY]
  if (existing) return existing
  const registry = new Map<TransactionId, Waiting[]>()
  const { commitTransaction: commit, rollbackTransaction: rollback } = db
  const take = (id: TransactionId) => {
    const waiting = registry.get(id) ?? []
    registry.delete(id)
    return waiting
  }
  db.commitTransaction = async function (this: unknown, id) {
    const key = await id
    try {
      await commit.call(this, id)
    } catch (error) {
      for (const entry of take(key)) entry.cancel()
      throw error
    }
    for (const entry of take(key)) entry.run()
  }
  db.rollbackTransaction = async function (this: unknown, id) {
    const key = await id
    for (const entry of take(key)) entry.cancel()
    return rollback.call(this, id)
  }
  db[REGISTRY] = registry
  return registry
}

/** Work started by `afterCommit`; tests, the CLI and the import wait for it to settle. */
const pending = new Set<Promise<unknown>>()

export const settleAfterCommit = async (): Promise<void> => {
  while (pending.size) await Promise.allSettled([...pending])
}

/**
 * Runs `work` once the transaction of `req` has committed (at once when `req` has none, since
 * then every write is already durable), and never when it rolls back. Errors are logged: the
 * operation that asked has already answered its caller.
 */
export const afterCommit = async (req: PayloadRequest, work: () => Promise<unknown>): Promise<void> => {
  const { payload } = req
  const log = (error: unknown) => payload.logger.error({ err: error, msg: 'key figures: work after commit failed' })
  const id = (await req.transactionID) as TransactionId | null | undefined
  let settle = () => {}
  const task = new Promise<void>((resolve) => {
    settle = resolve
  })
  pending.add(task)
  void task.finally(() => pending.delete(task))
  const run = () => void work().catch(log).finally(settle)
  if (id === undefined || id === null || typeof payload.db.commitTransaction !== 'function') return run()
  const registry = registryOf(payload)
  registry.set(id, [...(registry.get(id) ?? []), { cancel: settle, run }])
}
