import type { Metadata } from 'next'

import React from 'react'

import type { File, Publication } from '../../../payload-types'

import { apiGet, type List } from '../lib/api'
import { isDoc } from '../lib/content'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Publicaties' }

const kinds: Record<Publication['kind'], string> = {
  brochure: 'Brochure',
  handleiding: 'Handleiding',
  jaarverslag: 'Jaarverslag',
  memorandum: 'Memorandum',
  onderzoeksrapport: 'Onderzoeksrapport',
}

const count = new Intl.NumberFormat('nl-BE')

const size = (bytes: null | number | undefined) => (bytes ? `${count.format(Math.max(1, Math.round(bytes / 1024)))} kB` : '')

/** The publications, newest first, with their downloads (the file, else the external link). */
export default async function PublicationsPage() {
  const { docs: publications } = await apiGet<List<Publication>>('/publications', { depth: 1, limit: 100, sort: '-year' })
  return (
    <div className="page">
      <header className="page-header">
        <h1>Publicaties</h1>
      </header>
      {publications.length === 0 ? <p>Er zijn nog geen publicaties.</p> : null}
      <ul className="publications">
        {publications.map((publication) => {
          const file = isDoc<File>(publication.file) ? publication.file : null
          return (
            <li className="publication" key={String(publication.id)}>
              <h2>{publication.title}</h2>
              <p className="meta">
                {kinds[publication.kind]} · {publication.year}
                {(publication.authors ?? []).length > 0 ? ` · ${(publication.authors ?? []).map((author) => author.name).join(', ')}` : ''}
                {typeof publication.downloads === 'number' ? ` · ${count.format(publication.downloads)} keer gedownload in ${publication.year}` : ''}
              </p>
              {publication.summary ? <p>{publication.summary}</p> : null}
              <p>
                {file?.url ? (
                  <a className="button" download href={file.url}>
                    Download {file.filename ?? publication.title}
                    {file.filesize ? ` (${size(file.filesize)})` : ''}
                  </a>
                ) : publication.url ? (
                  <a className="button" href={publication.url}>
                    Lees of download <span className="visually-hidden">{publication.title}</span> op de website
                  </a>
                ) : (
                  <span className="muted">Niet online beschikbaar via deze site.</span>
                )}
              </p>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
