import { describe, expect, it } from '@jest/globals'

import { Dec } from '../../../src/plugins/key-figures/engine/decimal'
import { deriveValue, operationArity } from '../../../src/plugins/key-figures/engine/derive'
import type { Operation } from '../../../src/plugins/key-figures/engine/types'

function valueOf(operation: Operation, operands: string[]): string {
  const result = deriveValue(operation, operands)
  if (!result.ok) throw new Error(result.reason.en)
  return result.value
}

describe('deriveValue: exact arithmetic', () => {
  it.each<[Operation, string[], string]>([
    ['sum', ['0.1', '0.2'], '0.3'],
    ['sum', ['1552000.00', '199277.97'], '1751277.97'],
    ['sum', ['800', '740'], '1540'],
    ['sum', ['1540'], '1540'],
    ['sum', ['99999999999999999999.99', '0.01'], '100000000000000000000'],
    ['sum', ['0.000000000000000000001', '0'], '0.000000000000000000001'],
    ['sum', ['-0.1', '0.1'], '0'],
    ['difference', ['1540', '800', '739'], '1'],
    ['difference', ['-39', '12'], '-51'],
    ['difference', ['0.3', '0.1'], '0.2'],
    ['percentage', ['1', '8'], '12.5'],
    ['percentage', ['82', '100'], '82'],
    ['percentage', ['1035', '1035', '47'], '95.65619223659889094269870609981515711645101663586'],
    ['ratio', ['1552000.00', '100'], '15520'],
    ['average', ['82', '84.80'], '83.4'],
    ['average', ['1', '2', '4'], '2.3333333333333333333333333333333333333333333333333'],
    ['average', ['7'], '7'],
  ])('%s of %j is %s', (operation, operands, expected) => {
    expect(valueOf(operation, operands)).toBe(expected)
  })

  it('percentage 114 of 171 keeps at least 40 significant digits', () => {
    const value = valueOf('percentage', ['114', '171'])
    expect(value.startsWith(`66.${'6'.repeat(40)}`)).toBe(true)
    expect(value).not.toContain('e')
  })

  it('percentage takes the first as a share of the SUM of the rest', () => {
    expect(valueOf('percentage', ['114', '100', '71'])).toBe(valueOf('percentage', ['114', '171']))
  })

  it('ratio 43245 / 86 minutes is 502.848837… (8u22.85) without early rounding', () => {
    const value = valueOf('ratio', ['43245', '86'])
    expect(value.startsWith('502.848837209302325581395348837209302325581')).toBe(true)
    // Multiplying back must reproduce the numerator to far below a minute.
    expect(new Dec(value).times(86).minus(43245).abs().lt('1e-40')).toBe(true)
  })
})

describe('deriveValue: bad input is reported, never thrown', () => {
  it.each<[Operation, string[], string, string]>([
    ['ratio', ['5', '0'], 'deling door nul', 'division by zero'],
    ['percentage', ['5', '0'], 'deling door nul', 'division by zero'],
    ['percentage', ['5', '3', '-3'], 'deling door nul', 'division by zero'],
    ['ratio', ['1', '2', '3'], 'precies 2 operanden', 'exactly 2 operands but got 3'],
    ['ratio', ['1'], 'precies 2 operanden', 'exactly 2 operands but got 1'],
    ['difference', ['10'], 'minstens 2 operanden', 'at least 2 operands but got 1'],
    ['percentage', ['10'], 'minstens 2 operanden', 'at least 2 operands but got 1'],
    ['sum', [], 'minstens 1 operand ', 'at least 1 operand but got 0'],
    ['average', [], 'minstens 1 operand ', 'at least 1 operand but got 0'],
    ['sum', ['1', 'abc'], 'operand 2 ("abc") is geen geldig getal', 'operand 2 ("abc") is not a valid number'],
    ['sum', ['1,5'], 'operand 1 ("1,5")', 'operand 1 ("1,5")'],
    ['average', ['', '2'], 'operand 1 ("")', 'operand 1 ("")'],
  ])('%s of %j fails', (operation, operands, nl, en) => {
    const result = deriveValue(operation, operands)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.reason.nl).toContain(nl)
    expect(result.reason.en).toContain(en)
  })

  it('rejects an unknown operation and non-array operands', () => {
    const unknown = deriveValue('median' as Operation, ['1'])
    expect(unknown.ok || unknown.reason.en).toBe('unknown operation "median"')
    const garbage = deriveValue('sum', null as unknown as string[])
    expect(garbage.ok).toBe(false)
  })

  it('exposes the arity of each operation', () => {
    expect(operationArity('ratio')).toEqual({ rule: 'exactly', count: 2 })
    expect(operationArity('sum')).toEqual({ rule: 'at least', count: 1 })
  })
})
