import React from 'react'

import type { FeaturedArticle } from '../../../payload-types'

/** A pull quote of an Uitgelicht article, with its attribution. */
export const PullQuote = ({ quote }: { quote: NonNullable<FeaturedArticle['pullQuotes']>[number] }) => (
  <figure className="pull-quote">
    <blockquote>
      <p>{quote.quote}</p>
    </blockquote>
    {quote.attribution ? <figcaption>{quote.attribution}</figcaption> : null}
  </figure>
)
