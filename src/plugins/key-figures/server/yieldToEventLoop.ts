/**
 * Lets the event loop handle what is waiting (incoming requests, timers) before going on.
 *
 * Why: libSQL's local SQLite client is synchronous behind its promises, so a long run of
 * database calls is one unbroken chain of microtasks: the process accepts no request until it
 * ends (measured: a read sent while a 500-row import applied was only accepted 2 s later, when
 * the import had finished).
 *
 * Two turns of `setImmediate`: called from an I/O callback, one turn runs in the same loop
 * iteration, before the loop polls for new I/O again; the second turn comes after that poll.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(() => setImmediate(resolve)))

/**
 * A yield that only happens once `budgetMs` of work have passed since the last one, so a loop
 * over thousands of rows never holds the event loop much longer than that, without paying for
 * a yield per row. `now` is injectable for tests.
 */
export const createTimeSlicer = ({ budgetMs = 3, now = () => performance.now() }: { budgetMs?: number; now?: () => number } = {}) => {
  let since = now()
  return {
    /** Yields when the budget is used up; true when it did. */
    async maybeYield(): Promise<boolean> {
      if (now() - since < budgetMs) return false
      await yieldToEventLoop()
      since = now()
      return true
    },
  }
}
