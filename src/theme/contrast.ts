import { colord, extend } from 'colord'
import a11yPlugin from 'colord/plugins/a11y'

extend([a11yPlugin])

/** The site's page background and body text: the theme's colours are checked against these. */
export const PAGE_BACKGROUND = '#ffffff'
export const INK = '#1b1d21'

/** WCAG 2.1 AA for normal text (1.4.3). */
export const MIN_TEXT_CONTRAST = 4.5

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

export const isHexColour = (value: string): boolean => HEX.test(value)

/** The WCAG contrast ratio of two colours, floored to two decimals by colord (so 4.499 never passes as 4.5). */
export const contrastRatio = (a: string, b: string): number => colord(a).contrast(b)

const ratioText = (ratio: number) => new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(ratio)

/** What a theme colour is used for, which decides what it must contrast with. */
export type ColourUse = {
  /** The field's name in messages, in Dutch and English. */
  name: { en: string; nl: string }
  /** The colour it is read against. */
  against: string
  /** That colour's name in messages. */
  againstName: { en: string; nl: string }
}

/**
 * Checks a theme colour: a 6- or 3-digit hex colour whose contrast with what it is read against
 * is at least 4.5:1. Empty is allowed (the site's default colours apply). Returns true or the
 * message (Dutch, then English) naming the colour, the ratio and the minimum.
 */
export const checkThemeColour = (value: null | string | undefined, use: ColourUse): string | true => {
  if (value === null || value === undefined || value === '') return true
  if (!isHexColour(value)) {
    return `${use.name.nl}: "${value}" is geen kleur in hex-notatie (bv. #0b5d6b). / ${use.name.en}: "${value}" is not a hex colour (e.g. #0b5d6b).`
  }
  const ratio = contrastRatio(value, use.against)
  if (ratio >= MIN_TEXT_CONTRAST) return true
  return (
    `${use.name.nl} ${value} heeft een contrast van ${ratioText(ratio)}:1 met ${use.againstName.nl}; voor tekst is minstens 4,5:1 nodig (WCAG 2.1 AA). / ` +
    `${use.name.en} ${value} has a contrast ratio of ${ratio.toFixed(2)}:1 with ${use.againstName.en}; text needs at least 4.5:1 (WCAG 2.1 AA).`
  )
}

/** The primary colour colours links, headings and the hero, with white text on it: checked against white. */
export const PRIMARY_USE: ColourUse = {
  against: PAGE_BACKGROUND,
  againstName: { en: 'white', nl: 'wit' },
  name: { en: 'Primary colour', nl: 'Hoofdkleur' },
}

/** The accent colour is a background behind body text (highlights, the figures band): checked against the text colour. */
export const ACCENT_USE: ColourUse = {
  against: INK,
  againstName: { en: 'the text colour', nl: 'de tekstkleur' },
  name: { en: 'Accent colour', nl: 'Accentkleur' },
}
