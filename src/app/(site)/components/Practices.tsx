import React from 'react'

import type { Practice } from '../../../payload-types'

export const recognitionLabels: Record<Practice['recognition'], string> = {
  erkend: 'Erkend',
  'niet-erkend': 'Niet-erkend',
  onbekend: 'Onbekend',
}

export const formatLabels: Record<NonNullable<Practice['formats']>[number], string> = {
  artikel: 'Artikel',
  podcast: 'Podcast',
  video: 'Video',
  videodagboek: 'Videodagboek',
  vormingsaanbod: 'Vormingsaanbod',
}

export const PracticeList = ({ headingLevel, practices }: { headingLevel: 2 | 3; practices: Practice[] }) => {
  const Heading = `h${headingLevel}` as 'h2'
  return (
    <ul className="card-list practices">
      {practices.map((practice) => (
        <li className="card" key={String(practice.id)}>
          <Heading>{practice.url ? <a href={practice.url}>{practice.name}</a> : practice.name}</Heading>
          <p className="practice__meta">
            {[practice.organisation, recognitionLabels[practice.recognition], practice.region, ...(practice.formats ?? []).map((format) => formatLabels[format])].filter(Boolean).join(' · ')}
          </p>
          {practice.description ? <p>{practice.description}</p> : null}
        </li>
      ))}
    </ul>
  )
}
