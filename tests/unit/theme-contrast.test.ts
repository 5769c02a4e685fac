import { describe, expect, it } from '@jest/globals'

import { ACCENT_USE, checkThemeColour, contrastRatio, PRIMARY_USE } from '../../src/theme/contrast'

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    // WCAG's own boundary grey: 4.54:1 on white.
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.47],
  ])('%s against %s is %s:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBe(ratio)
  })
})

describe('checkThemeColour', () => {
  it('accepts an empty colour (the site keeps its default)', () => {
    expect(checkThemeColour(undefined, PRIMARY_USE)).toBe(true)
    expect(checkThemeColour('', PRIMARY_USE)).toBe(true)
  })

  it('accepts a dark primary colour that reads on white (4.5:1 or more)', () => {
    expect(checkThemeColour('#0b5d6b', PRIMARY_USE)).toBe(true)
    expect(checkThemeColour('#767676', PRIMARY_USE)).toBe(true)
  })

  it('refuses a light primary colour, naming the colour and its ratio in Dutch and English', () => {
    const message = checkThemeColour('#7fb3c0', PRIMARY_USE)
    expect(message).toContain('Hoofdkleur #7fb3c0 heeft een contrast van 2,')
    expect(message).toContain(':1 met wit; voor tekst is minstens 4,5:1 nodig')
    expect(message).toContain('Primary colour #7fb3c0 has a contrast ratio of 2.')
  })

  it('refuses #777777 on white, just under 4.5:1 (no rounding up)', () => {
    expect(checkThemeColour('#777777', PRIMARY_USE)).toContain('4,47:1')
  })

  it('checks the accent colour against the text colour, not white', () => {
    expect(checkThemeColour('#f2b134', ACCENT_USE)).toBe(true)
    const dark = checkThemeColour('#0b5d6b', ACCENT_USE)
    expect(dark).toContain('Accentkleur #0b5d6b heeft een contrast van')
    expect(dark).toContain('met de tekstkleur')
  })

  it.each(['0b5d6b', '#0b5d6', 'teal', '#12345g', 'rgb(0,0,0)'])('refuses %s as not a hex colour', (value) => {
    expect(checkThemeColour(value, PRIMARY_USE)).toContain('is geen kleur in hex-notatie')
  })

  it('accepts three-digit hex', () => {
    expect(checkThemeColour('#036', PRIMARY_USE)).toBe(true)
  })
})
