import { describe, expect, it } from '@jest/globals'

import { csvCell } from '../../src/plugins/key-figures/import/export'

describe('csvCell', () => {
  it.each([
    ['plain text', 'Deelnemers', 'Deelnemers'],
    ['empty', '', ''],
    ['null', null, ''],
    ['a formula', '=1+1', "'=1+1"],
    ['a plus formula', '+A1', "'+A1"],
    ['a minus formula', '-2+3+cmd', "'-2+3+cmd"],
    ['an at formula', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\t=1', "'\t=1"],
    ['a leading carriage return', '\r=1', '"\'\r=1"'],
    ['a negative number stays a number', '-3', '-3'],
    ['a signed score stays a number', '+39', '+39'],
    ['a negative decimal stays a number', '-3.5', '-3.5'],
    ['a negative figure with a unit is text (and quoted for its comma)', '-3,5%', '"\'-3,5%"'],
    ['a comma is quoted', '1,5', '"1,5"'],
    ['a semicolon is quoted', 'a;b', '"a;b"'],
    ['quotes are doubled', 'zei "ja"', '"zei ""ja"""'],
    ['a line break is quoted', 'a\nb', '"a\nb"'],
    ['a formula with a quote is neutralised and quoted', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['leading space is kept by quoting', ' x', '" x"'],
  ])('%s', (_name, input, expected) => {
    expect(csvCell(input)).toBe(expected)
  })
})
