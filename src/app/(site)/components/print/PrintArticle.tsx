import React from 'react'

import type { FeaturedArticle, Media, Person, Practice } from '../../../../payload-types'
import type { ChartSpec } from '../../lib/chartData'
import type { PrintedArticle as Printed } from '../../lib/printPlan'
import type { ChartColours } from '../../lib/renderChart'

import { docs, isDoc } from '../../lib/content'
import { Charts } from '../Charts'
import { FigureCards } from '../Figures'
import { Footnotes } from '../Footnotes'
import { PracticeList } from '../Practices'
import { PullQuote } from '../PullQuote'
import { RichText } from '../RichText'
import { PrintPhotos } from './PrintPhotos'

type Props = {
  anchored: (photo: Media) => boolean
  charts: ChartSpec[]
  colours: ChartColours
  printed: Printed<FeaturedArticle>
  reportName: string
}

/** An Uitgelicht article as printed: the parts of its web page, through the site's components. */
export const PrintArticle = ({ anchored, charts, colours, printed, reportName }: Props) => {
  const { article, id } = printed
  const author = isDoc<Person>(article.author) ? article.author : null
  const practices = docs<Practice>(article.practices)
  const quotes = article.pullQuotes ?? []
  return (
    <article aria-labelledby={`${id}-titel`} className="print-article" id={id}>
      <header className="page-header">
        <p className="kicker">Uitgelicht</p>
        <h1 id={`${id}-titel`}>{article.title}</h1>
        {article.lead ? <p className="lead">{article.lead}</p> : null}
        {author ? (
          <p className="byline">
            Door <strong>{author.name}</strong>
            {author.function ? `, ${author.function}` : ''}
            {author.organisation ? ` (${author.organisation})` : ''}
          </p>
        ) : null}
      </header>
      <div className="prose">
        {quotes[0] ? <PullQuote quote={quotes[0]} /> : null}
        <RichText data={article.body} idPrefix={`${id}-tekst`} reportName={reportName} />
        {quotes.slice(1).map((quote, index) => (
          <PullQuote key={quote.id ?? index} quote={quote} />
        ))}
      </div>
      <FigureCards figures={article.keyFigures ?? []} idPrefix={`${id}-kerncijfers`} reportName={reportName} />
      <Charts charts={charts} colours={colours} idPrefix={`${id}-`} />
      {practices.length > 0 ? (
        <section aria-labelledby={`${id}-praktijken-titel`}>
          <h2 id={`${id}-praktijken-titel`}>Praktijken</h2>
          <PracticeList compact headingLevel={3} practices={practices} />
        </section>
      ) : null}
      <PrintPhotos anchored={anchored} idPrefix={id} photos={docs<Media>(article.photos)} />
      <Footnotes footnotes={article.footnotes ?? []} idPrefix={`${id}-`} />
    </article>
  )
}
