/**
 * A small seeded pseudo-random generator (mulberry32) so property tests are
 * reproducible: a failure prints its seed and can be replayed exactly.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max]. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(probability: number): boolean
  /** `length` random digits, the first never "0" unless length is 1. */
  digits(length: number): string
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T,
    chance: (probability: number): boolean => next() < probability,
    digits: (length: number): string => {
      let text = length === 1 ? String(int(0, 9)) : String(int(1, 9))
      while (text.length < length) text += String(int(0, 9))
      return text
    },
  }
}
