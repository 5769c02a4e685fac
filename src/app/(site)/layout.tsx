import type { Metadata, Viewport } from 'next'

import { draftMode } from 'next/headers'
import React from 'react'

import { LivePreviewRefresh } from './components/LivePreviewRefresh'
import './site.css'

export const metadata: Metadata = {
  description: 'Jaarverslagen met kerncijfers die kloppen met hun data.',
  title: { default: 'Jaarverslagen', template: '%s · Jaarverslag' },
}

export const viewport: Viewport = { initialScale: 1, width: 'device-width' }

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const preview = (await draftMode()).isEnabled
  return (
    <html lang="nl">
      <body>
        <a className="skip-link" href="#inhoud">
          Naar de inhoud
        </a>
        {preview ? <LivePreviewRefresh /> : null}
        {preview ? (
          <p className="preview-banner" role="status">
            Voorbeeldweergave: u ziet ook niet-gepubliceerde versies. <a href="/preview/stop">Voorbeeld sluiten</a>
          </p>
        ) : null}
        <header className="site-header">
          <a className="site-header__home" href="/">
            Jaarverslagen
          </a>
          <nav aria-label="Hoofdmenu">
            <ul>
              <li>
                <a href="/praktijken">Praktijken</a>
              </li>
              <li>
                <a href="/podcasts">Podcasts</a>
              </li>
              <li>
                <a href="/publicaties">Publicaties</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="inhoud" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>Elk kerncijfer op deze site is nagekeken tegen de data waar het uit komt; beweeg over een cijfer of geef het de focus om de bron te zien.</p>
        </footer>
      </body>
    </html>
  )
}
