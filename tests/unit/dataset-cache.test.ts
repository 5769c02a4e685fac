import { describe, expect, it } from '@jest/globals'

import { createDatasetCache } from '../../src/plugins/key-figures/server/datasetCache'

const summary = (id: number | string, title = `Dataset ${id}`) => ({ _status: 'published', id, period: '2024', slug: `d-${id}`, title })

describe('createDatasetCache', () => {
  it('gives back what it kept until the time is up, and asks for the rest', () => {
    let time = 1_000
    const cache = createDatasetCache({ now: () => time, ttlMs: 1000 })
    expect(cache.take([1, 2])).toEqual({ found: [], missing: [1, 2] })
    cache.keep([summary(1)])
    time += 999
    expect(cache.take([1, 2])).toEqual({ found: [summary(1)], missing: [2] })
    time += 1
    expect(cache.take([1])).toEqual({ found: [], missing: [1] })
  })

  it('matches ids by their text, as relationship values may come as numbers or strings', () => {
    const cache = createDatasetCache({ now: () => 0 })
    cache.keep([summary(7)])
    expect(cache.take(['7']).found).toEqual([summary(7)])
  })

  it('forgets a dataset at once when told', () => {
    const cache = createDatasetCache({ now: () => 0 })
    cache.keep([summary(1), summary(2)])
    cache.forget(1)
    expect(cache.take([1, 2])).toEqual({ found: [summary(2)], missing: [1] })
  })

  it('keeps the newest summary of a dataset, with a new time', () => {
    let time = 0
    const cache = createDatasetCache({ now: () => time, ttlMs: 10 })
    cache.keep([summary(1, 'Oud')])
    time = 8
    cache.keep([summary(1, 'Nieuw')])
    time = 15
    expect(cache.take([1]).found).toEqual([summary(1, 'Nieuw')])
  })
})
