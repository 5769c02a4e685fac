import React from 'react'

import type { Practice } from '../../../payload-types'

/** Public labels of a practice's recognition; "onbekend" is no public value and is not shown. */
export const recognitionLabels: Partial<Record<Practice['recognition'], string>> = {
  erkend: 'Erkend',
  'niet-erkend': 'Niet-erkend',
}

export const formatLabels: Record<NonNullable<Practice['formats']>[number], string> = {
  artikel: 'Artikel',
  podcast: 'Podcast',
  video: 'Video',
  videodagboek: 'Videodagboek',
  vormingsaanbod: 'Vormingsaanbod',
}

/** What a reader may know of a practice at a glance (organisation, recognition when known, place, formats). */
export const practiceMeta = (practice: Practice): string[] =>
  [practice.organisation, recognitionLabels[practice.recognition], practice.region, ...(practice.formats ?? []).map((format) => formatLabels[format])].filter(
    (item): item is string => Boolean(item),
  )

/**
 * Practices as cards. `compact` (inside a chapter or article, where dozens may be attached) leaves
 * the descriptions out: the name, its link and the tags say enough there.
 */
export const PracticeList = ({ compact = false, headingLevel, practices }: { compact?: boolean; headingLevel: 2 | 3; practices: Practice[] }) => {
  const Heading = `h${headingLevel}` as 'h2'
  return (
    <ul className={compact ? 'practices practices--compact' : 'practices'}>
      {practices.map((practice) => (
        <li className="practice" key={String(practice.id)}>
          <Heading className="practice__name">
            {practice.url ? (
              <a href={practice.url}>
                {practice.name}
                <span className="visually-hidden"> (website)</span>
              </a>
            ) : (
              practice.name
            )}
          </Heading>
          <p className="practice__meta">
            {practiceMeta(practice).map((item, index) => (
              <span className="tag" key={`${item}-${index}`}>
                {item}
              </span>
            ))}
          </p>
          {practice.description && !compact ? <p className="practice__description">{practice.description}</p> : null}
        </li>
      ))}
    </ul>
  )
}
