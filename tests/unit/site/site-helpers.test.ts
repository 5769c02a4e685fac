import { describe, expect, it } from '@jest/globals'

import { practiceMeta, recognitionLabels } from '../../../src/app/(site)/components/Practices'
import { listHref, pageLinks, pageNumber } from '../../../src/app/(site)/lib/paging'
import { firstParagraph, isSignedBy, numbered } from '../../../src/app/(site)/lib/text'
import { themeColours, themeRootRule, themeStyle } from '../../../src/app/(site)/lib/theme'
import { markdownToLexical } from '../../../src/seed/lexical'
import { report } from '../../../src/seed/content/report'

describe('the foreword', () => {
  const foreword = markdownToLexical(report.foreword)

  it('is already signed by Fred Dhont in its text, so the page does not sign it again', () => {
    expect(isSignedBy(foreword, 'Fred Dhont')).toBe(true)
    expect(isSignedBy(foreword, 'Iemand Anders')).toBe(false)
    expect(isSignedBy(markdownToLexical('Alleen tekst.'), 'Fred Dhont')).toBe(false)
  })

  it('gives its first paragraph as the lead of the home page', () => {
    expect(firstParagraph(foreword)).toMatch(/^Dit jaarverslag is het voorlaatste van de beleidsperiode 2021-2025\./)
  })
})

describe('numbering', () => {
  it("prints the report's own number once", () => {
    expect(numbered('1', 'Onze missie')).toBe('1. Onze missie')
    expect(numbered('2.3', 'Vraaggestuurde werking')).toBe('2.3. Vraaggestuurde werking')
    expect(numbered(null, 'Voorwoord')).toBe('Voorwoord')
  })
})

describe('paging', () => {
  it.each([
    [undefined, 1],
    ['3', 3],
    ['0', 1],
    ['-2', 1],
    ['2.5', 1],
    ['abc', 1],
    [['4', '5'], 4],
  ])('page %j is %d', (value, page) => {
    expect(pageNumber(value as never)).toBe(page)
  })

  it('keeps the filters in the address, leaves empty ones and page 1 out', () => {
    expect(listHref('/praktijken', { erkenning: 'erkend', formaat: '', regio: 'Gent' }, 2)).toBe('/praktijken?erkenning=erkend&regio=Gent&pagina=2')
    expect(listHref('/praktijken', { erkenning: '' }, 1)).toBe('/praktijken')
  })

  it('offers the first, the last and the neighbours of the current page, with gaps', () => {
    expect(pageLinks(1, 1)).toEqual([1])
    expect(pageLinks(1, 6)).toEqual([1, 2, null, 6])
    expect(pageLinks(4, 9)).toEqual([1, null, 3, 4, 5, null, 9])
    expect(pageLinks(6, 6)).toEqual([1, null, 5, 6])
  })
})

describe('practices', () => {
  it('never shows recognition "onbekend" as a public value', () => {
    expect(Object.keys(recognitionLabels)).toEqual(['erkend', 'niet-erkend'])
    expect(practiceMeta({ formats: ['video'], id: 1, name: 'x', organisation: 'Org', recognition: 'onbekend', region: 'Gent' } as never)).toEqual(['Org', 'Gent', 'Video'])
    expect(practiceMeta({ id: 1, name: 'x', recognition: 'erkend' } as never)).toEqual(['Erkend'])
  })
})

describe('theme', () => {
  it("uses the report's colours as CSS variables", () => {
    expect(themeStyle({ accentColor: '#f2b134', primaryColor: '#123456' })).toMatchObject({ '--accent': '#f2b134', '--primary': '#123456' })
  })

  it("gives the print page a root rule with the printed report's colours, over the layout's", () => {
    const rule = themeRootRule({ accentColor: '#f2b134', primaryColor: '#123456' })
    expect(rule).toMatch(/^:root \{ .* \}$/)
    expect(rule).toContain('--primary: #123456 !important;')
    expect(rule).toContain('--accent: #f2b134 !important;')
    expect(themeRootRule({ primaryColor: '#123456; } body { display: none' })).toContain('--primary: #0b5d6b !important;')
  })

  it('falls back to the defaults for a stored colour that fails the contrast check', () => {
    expect(themeColours({ accentColor: '#222222', primaryColor: '#eeeeee' })).toMatchObject({ accent: '#f2b134', primary: '#0b5d6b' })
  })
})
