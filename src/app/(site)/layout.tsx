import type { Metadata } from 'next'

import React from 'react'

import './site.css'

export const metadata: Metadata = {
  description: 'Jaarverslagen met kerncijfers die kloppen met hun data.',
  title: { default: 'Jaarverslagen', template: '%s · Jaarverslag' },
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl">
      <body>
        <a className="skip-link" href="#inhoud">
          Naar de inhoud
        </a>
        <header className="site-header">
          <a href="/">Jaarverslagen</a>
        </header>
        <main id="inhoud">{children}</main>
      </body>
    </html>
  )
}
