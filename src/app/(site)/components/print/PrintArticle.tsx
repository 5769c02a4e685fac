import React from 'react'

import type { FeaturedArticle, Media, Person, Practice } from '../../../../payload-types'
import type { PrintedArticle as Printed } from '../../lib/printPlan'

import { docs, isDoc } from '../../lib/content'
import { FigureCards } from '../Figures'
import { Footnotes } from '../Footnotes'
import { PracticeList } from '../Practices'
import { RichText } from '../RichText'
import { PrintPhotos } from './PrintPhotos'

/** An Uitgelicht article as printed: the same parts as its web page. */
export const PrintArticle = ({ anchored, printed }: { anchored: (photo: Media) => boolean; printed: Printed<FeaturedArticle> }) => {
  const { article, id } = printed
  const author = isDoc<Person>(article.author) ? article.author : null
  const practices = docs<Practice>(article.practices)
  return (
    <article aria-labelledby={`${id}-titel`} className="print-article" id={id}>
      <p className="kicker">Uitgelicht</p>
      <h1 id={`${id}-titel`}>{article.title}</h1>
      {author ? (
        <p className="byline">
          Door {author.name}
          {author.function ? `, ${author.function}` : ''}
          {author.organisation ? ` (${author.organisation})` : ''}
        </p>
      ) : null}
      {article.lead ? <p className="lead">{article.lead}</p> : null}
      <RichText className="body" data={article.body} />
      {(article.pullQuotes ?? []).map((quote, index) => (
        <blockquote className="pull-quote" key={quote.id ?? index}>
          <p>{quote.quote}</p>
          {quote.attribution ? <footer>— {quote.attribution}</footer> : null}
        </blockquote>
      ))}
      <FigureCards figures={article.keyFigures ?? []} idPrefix={`${id}-kerncijfers`} />
      {practices.length > 0 ? (
        <section aria-labelledby={`${id}-praktijken-titel`}>
          <h2 id={`${id}-praktijken-titel`}>Praktijken</h2>
          <PracticeList headingLevel={3} practices={practices} />
        </section>
      ) : null}
      <PrintPhotos anchored={anchored} idPrefix={id} photos={docs<Media>(article.photos)} />
      <Footnotes footnotes={article.footnotes ?? []} idPrefix={`${id}-`} />
    </article>
  )
}
