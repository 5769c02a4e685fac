import { describe, expect, it } from '@jest/globals'

import { createSlots, transactionSlots } from '../../src/config/postgresTransactions'

describe('open transactions on a PostgreSQL pool', () => {
  it('leaves two connections of the pool out of reach of transactions, and at least one slot', () => {
    expect(transactionSlots(10)).toBe(8)
    expect(transactionSlots(2)).toBe(1)
  })

  it('lets a transaction begin only when one of the slots is free, in the order they asked', async () => {
    const slots = createSlots(2)
    const first = await slots.take()
    const second = await slots.take()
    const order: string[] = []
    const third = slots.take().then((release) => {
      order.push('third')
      return release
    })
    const fourth = slots.take().then((release) => {
      order.push('fourth')
      return release
    })
    await new Promise((resolve) => setImmediate(resolve))
    expect(order).toEqual([])
    expect(slots.waiting()).toBe(2)
    first()
    first() // giving a slot back twice frees it once
    const releaseThird = await third
    expect(order).toEqual(['third'])
    expect(slots.taken()).toBe(2)
    second()
    const releaseFourth = await fourth
    expect(order).toEqual(['third', 'fourth'])
    releaseThird()
    releaseFourth()
    expect(slots.taken()).toBe(0)
  })
})
