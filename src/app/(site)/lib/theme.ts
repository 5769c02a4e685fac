import { colord, extend } from 'colord'
import mixPlugin from 'colord/plugins/mix'

import { ACCENT_USE, checkThemeColour, INK, PRIMARY_USE } from '../../../theme/contrast'
import type { ChartColours } from './renderChart'

extend([mixPlugin])

export const DEFAULT_PRIMARY = '#0b5d6b'
export const DEFAULT_ACCENT = '#f2b134'
const MUTED = '#5c6066'

type ThemeInput = { accentColor?: null | string; primaryColor?: null | string } | null | undefined

/**
 * The report's colours as the site uses them. A stored colour that fails the contrast check (it
 * cannot be saved, but an older version might hold one) falls back to the default, so the
 * public site never shows text below 4.5:1.
 */
export const themeColours = (theme: ThemeInput) => {
  const primary = theme?.primaryColor && checkThemeColour(theme.primaryColor, PRIMARY_USE) === true ? theme.primaryColor : DEFAULT_PRIMARY
  const accent = theme?.accentColor && checkThemeColour(theme.accentColor, ACCENT_USE) === true ? theme.accentColor : DEFAULT_ACCENT
  return {
    accent,
    accentSoft: colord(accent).mix('#ffffff', 0.8).toHex(),
    ink: INK,
    muted: MUTED,
    primary,
    primaryDark: colord(primary).mix('#000000', 0.35).toHex(),
    primarySoft: colord(primary).mix('#ffffff', 0.92).toHex(),
  }
}

/** The CSS custom properties the site's stylesheet reads. */
export const themeStyle = (theme: ThemeInput): Record<string, string> => {
  const colours = themeColours(theme)
  return {
    '--accent': colours.accent,
    '--accent-soft': colours.accentSoft,
    '--primary': colours.primary,
    '--primary-dark': colours.primaryDark,
    '--primary-soft': colours.primarySoft,
  }
}

/**
 * The same variables as a rule for the document root, for the print page: the running heads in
 * its page margins inherit from the root, which the layout themes with the newest report (an
 * inline style, hence `!important`). The colours are validated hex values, safe in CSS.
 */
export const themeRootRule = (theme: ThemeInput): string =>
  `:root { ${Object.entries(themeStyle(theme))
    .map(([name, value]) => `${name}: ${value} !important;`)
    .join(' ')} }`

export const chartColours = (theme: ThemeInput): ChartColours => {
  const colours = themeColours(theme)
  return { accent: colours.accent, grid: '#e2e2e2', ink: colours.ink, muted: '#8a8f96', primary: colours.primary }
}
