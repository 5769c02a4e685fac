import type { FigureInput, FigureResult, RecordInfo } from '../engine/index.ts'

import { checkFigures, verdictKey } from '../engine/index.ts'

/** What a read takes from the engine's check of one figure. */
export type Verdict = {
  ok: boolean
  expectedValue: string | null
  formatted: string | null
  operation: FigureResult['source']['operation']
}

/**
 * About 5 MB when full (4.7 MB measured for 10,000 one-record figures; figures derived from many
 * records have longer keys). The 2024 report has 375 figures, so this holds the figures of many reports.
 */
export const VERDICT_CACHE_SIZE = 10_000

/**
 * The verdicts of the figures a read shows, remembered by `verdictKey`: the engine's inputs (text
 * shown, unit, rounding, binding, and the bound records' values, units and publication). A public
 * site reads the same chapters over and over against the same data, and the engine's check was
 * the largest part of what the plugin added to such a read (bench/README.md).
 *
 * Nothing remembered can go stale: the key is everything the verdict depends on, so new data or a
 * new text is a new key, and the old entry just ages out (the oldest first, once `limit` is
 * passed: a hit costs one lookup, no reordering). The publish gate and the report check never use
 * this: they need the full findings and always check.
 */
export const createVerdictCache = (limit: number = VERDICT_CACHE_SIZE) => {
  const verdicts = new Map<string, Verdict>()
  return (figures: readonly FigureInput[], records: ReadonlyMap<string, RecordInfo>): Verdict[] =>
    figures.map((figure) => {
      const key = verdictKey(figure, records)
      const known = verdicts.get(key)
      if (known) return known
      const [result] = checkFigures([figure], records).results
      const verdict: Verdict = {
        expectedValue: result.expectedValue,
        formatted: result.formatted,
        ok: result.ok,
        operation: result.source.operation,
      }
      verdicts.set(key, verdict)
      // A Map iterates in insertion order: the first key is the oldest.
      if (verdicts.size > limit) verdicts.delete(verdicts.keys().next().value as string)
      return verdict
    })
}

export type VerdictCache = ReturnType<typeof createVerdictCache>
