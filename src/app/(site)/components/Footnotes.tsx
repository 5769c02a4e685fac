import React from 'react'

import type { FeaturedArticle } from '../../../payload-types'

/** An article's numbered footnotes, in number order, each with its link when it has one. */
export const Footnotes = ({ footnotes, idPrefix = '' }: { footnotes: NonNullable<FeaturedArticle['footnotes']>; idPrefix?: string }) => {
  if (footnotes.length === 0) return null
  const sorted = [...footnotes].sort((a, b) => a.number - b.number)
  return (
    <section aria-labelledby={`${idPrefix}voetnoten-titel`} className="footnotes">
      <h2 id={`${idPrefix}voetnoten-titel`}>Voetnoten</h2>
      <ol>
        {sorted.map((footnote) => (
          <li id={`${idPrefix}voetnoot-${footnote.number}`} key={footnote.id ?? footnote.number} value={footnote.number}>
            {footnote.text}
            {footnote.url ? (
              <>
                {' '}
                <a href={footnote.url}>{footnote.url}</a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
