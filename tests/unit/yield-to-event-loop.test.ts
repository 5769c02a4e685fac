import { describe, expect, it } from '@jest/globals'

import { createTimeSlicer, yieldToEventLoop } from '../../src/plugins/key-figures/server/yieldToEventLoop'

describe('yielding to the event loop during long work', () => {
  it('lets a waiting timer run before the work goes on (a chain of resolved promises does not)', async () => {
    const order: string[] = []
    setTimeout(() => order.push('timer'), 0)
    await new Promise((resolve) => setTimeout(resolve, 5)) // the timer is now due
    setTimeout(() => order.push('due timer'), 0)
    const start = Date.now()
    while (Date.now() - start < 3) {
      // the timer above becomes due while synchronous work runs
    }
    for (let index = 0; index < 100; index++) await Promise.resolve()
    order.push('after microtasks')
    await yieldToEventLoop()
    order.push('after yield')
    expect(order).toEqual(['timer', 'after microtasks', 'due timer', 'after yield'])
  })

  it('the slicer yields only once its time budget is used up, then starts a new slice', async () => {
    let clock = 0
    const slicer = createTimeSlicer({ budgetMs: 5, now: () => clock })
    const yielded: boolean[] = []
    for (const time of [1, 4, 5, 6, 9, 10, 30]) {
      clock = time
      yielded.push(await slicer.maybeYield())
    }
    expect(yielded).toEqual([false, false, true, false, false, true, true])
  })
})
