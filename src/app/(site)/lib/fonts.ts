import localFont from 'next/font/local'

/**
 * The site's two families, self-hosted from the @fontsource-variable npm packages (their Latin
 * variable files). Through next/font they are preloaded and get a metric-matched fallback, so
 * text does not jump when they arrive (no layout shift), and nothing is fetched from elsewhere.
 */
export const serif = localFont({
  adjustFontFallback: 'Times New Roman',
  display: 'swap',
  fallback: ['Georgia', 'serif'],
  src: [
    { path: '../../../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2', style: 'normal', weight: '200 900' },
    { path: '../../../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2', style: 'italic', weight: '200 900' },
  ],
  variable: '--font-serif',
})

export const sans = localFont({
  adjustFontFallback: 'Arial',
  display: 'swap',
  fallback: ['system-ui', 'sans-serif'],
  src: [{ path: '../../../../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2', style: 'normal', weight: '200 900' }],
  variable: '--font-sans',
})
