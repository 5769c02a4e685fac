import type { Metadata, Viewport } from 'next'

import { draftMode } from 'next/headers'
import React from 'react'

import { LivePreviewRefresh } from './components/LivePreviewRefresh'
import { ReceiptToggles } from './components/ReceiptToggles'
import { SiteFooter } from './components/SiteFooter'
import { SiteHeader } from './components/SiteHeader'
import { sans, serif } from './lib/fonts'
import { findCurrentReport } from './lib/site'
import { themeStyle } from './lib/theme'
import './site.css'

export const metadata: Metadata = {
  description: 'Jaarverslagen met kerncijfers die kloppen met hun data.',
  title: { default: 'Jaarverslagen', template: '%s · Jaarverslag' },
}

export const viewport: Viewport = { initialScale: 1, width: 'device-width' }

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const preview = (await draftMode()).isEnabled
  const report = await findCurrentReport()
  return (
    <html className={`${serif.variable} ${sans.variable}`} lang="nl" style={themeStyle(report?.theme) as React.CSSProperties}>
      <body>
        <a className="skip-link" href="#inhoud">
          Naar de inhoud
        </a>
        {preview ? <LivePreviewRefresh /> : null}
        <ReceiptToggles />
        {preview ? (
          <p className="preview-banner" role="status">
            Voorbeeldweergave: u ziet ook niet-gepubliceerde versies. <a href="/preview/stop">Voorbeeld sluiten</a>
          </p>
        ) : null}
        <SiteHeader report={report} />
        <main id="inhoud" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter report={report} />
      </body>
    </html>
  )
}
