/**
 * Computes derived figures (sums, shares, averages) from record values.
 *
 * All arithmetic is exact decimal arithmetic; quotients that do not
 * terminate keep the full working precision, because rounding them here
 * would let the comparison accept or reject the wrong printed figure.
 */
import { Dec, sumOf, toDecimal, toPlain } from './decimal.ts'
import { divisionByZero, invalidOperand, operandCount, unknownOperation } from './messages.ts'
import { isOperation, type LocalizedText, type Operation } from './types.ts'

export type DeriveResult = { ok: true; value: string } | { ok: false; reason: LocalizedText }

interface Arity {
  rule: 'exactly' | 'at least'
  count: number
}

const ARITY: Record<Operation, Arity> = {
  sum: { rule: 'at least', count: 1 },
  difference: { rule: 'at least', count: 2 },
  percentage: { rule: 'at least', count: 2 },
  ratio: { rule: 'exactly', count: 2 },
  average: { rule: 'at least', count: 1 },
  change: { rule: 'exactly', count: 2 },
  growth: { rule: 'exactly', count: 2 },
  series: { rule: 'at least', count: 1 },
}

/** Numbers of operands an operation accepts, for editors' UIs and validation. */
export function operationArity(operation: Operation): Arity {
  return { ...ARITY[operation] }
}

function divide(operation: Operation, numerator: Dec, denominator: Dec): DeriveResult {
  if (denominator.isZero()) return { ok: false, reason: divisionByZero(operation) }
  return { ok: true, value: toPlain(numerator.div(denominator)) }
}

/**
 * - sum: all operands added;
 * - difference: the first minus all others;
 * - percentage: the first as a share of the sum of the others, times 100;
 * - ratio: the first divided by the second;
 * - average: the arithmetic mean;
 * - change: this period minus the earlier one (operands: this, earlier);
 * - growth: the change as a percentage of the earlier period;
 * - series: one value per period in chronological order; the figure prints the latest.
 * Never throws: bad input comes back as `{ ok: false, reason }`.
 */
export function deriveValue(operation: Operation, operands: readonly string[]): DeriveResult {
  if (!isOperation(operation)) return { ok: false, reason: unknownOperation(operation) }
  const list: readonly unknown[] = Array.isArray(operands) ? operands : []
  const arity = ARITY[operation]
  const countOk = arity.rule === 'exactly' ? list.length === arity.count : list.length >= arity.count
  if (!countOk) return { ok: false, reason: operandCount(operation, arity.rule, arity.count, list.length) }

  const values: Dec[] = []
  for (const [index, operand] of list.entries()) {
    const value = toDecimal(operand)
    if (value === null) return { ok: false, reason: invalidOperand(index, operand) }
    values.push(value)
  }
  const [first, ...rest] = values as [Dec, ...Dec[]]

  switch (operation) {
    case 'sum':
      return { ok: true, value: toPlain(sumOf(values)) }
    case 'difference':
      return { ok: true, value: toPlain(first.minus(sumOf(rest))) }
    case 'percentage':
      // Multiplying before dividing keeps terminating shares exact (1/8 -> 12.5).
      return divide(operation, first.times(100), sumOf(rest))
    case 'ratio':
      return divide(operation, first, rest[0] ?? new Dec(0))
    case 'average':
      return divide(operation, sumOf(values), new Dec(values.length))
    case 'change':
      return { ok: true, value: toPlain(first.minus(rest[0] as Dec)) }
    case 'growth':
      // Multiplying before dividing keeps terminating growths exact (13 on 104 -> 12.5).
      return divide(operation, first.minus(rest[0] as Dec).times(100), rest[0] as Dec)
    case 'series':
      // The latest period's value as stored ("15.10" keeps its decimals, like a record).
      return { ok: true, value: String(list[list.length - 1]).trim() }
  }
}
