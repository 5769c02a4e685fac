import React from 'react'

import type { Chapter, Media, Practice, Report } from '../../../../payload-types'
import type { ChartSpec } from '../../lib/chartData'
import type { PrintedChapter } from '../../lib/printPlan'
import type { ChartColours } from '../../lib/renderChart'

import { docs } from '../../lib/content'
import { ActivityList } from '../Activities'
import { Charts } from '../Charts'
import { FigureCards } from '../Figures'
import { PracticeList } from '../Practices'
import { RichText } from '../RichText'
import { PageOf } from './PrintContents'
import { PrintPhotos } from './PrintPhotos'

type Props = {
  anchored: (photo: Media) => boolean
  charts: ChartSpec[]
  colours: ChartColours
  printed: PrintedChapter<Chapter, unknown>
  report: Report
  reportName: string
  section: string
}

/** A chapter as printed: the parts of its web page (the site's components), its Uitgelicht articles referred to by page. */
export const PrintChapter = ({ anchored, charts, colours, printed, report, reportName, section }: Props) => {
  const { chapter, id } = printed
  const activities = chapter.activities ?? []
  const practices = docs<Practice>(chapter.practices)
  return (
    <article aria-labelledby={`${id}-titel`} className="print-chapter" id={id}>
      <header className="page-header">
        <p className="kicker">{section}</p>
        <h1 id={`${id}-titel`}>
          {chapter.number ? <span className="chapter__number">{chapter.number}. </span> : null}
          {chapter.title}
        </h1>
        {chapter.summary ? <p className="lead">{chapter.summary}</p> : null}
      </header>
      {chapter.body ? <RichText className="prose" data={chapter.body} idPrefix={`${id}-tekst`} reportName={reportName} /> : null}
      <FigureCards figures={chapter.keyFigures ?? []} idPrefix={`${id}-kerncijfers`} reportName={reportName} />
      <Charts charts={charts} colours={colours} idPrefix={`${id}-`} />
      {activities.length > 0 ? (
        <section aria-labelledby={`${id}-activiteiten-titel`} className="activities">
          <h2 id={`${id}-activiteiten-titel`}>Onze activiteiten in {report.year}</h2>
          <ActivityList activities={activities} />
        </section>
      ) : null}
      {practices.length > 0 ? (
        <section aria-labelledby={`${id}-praktijken-titel`}>
          <h2 id={`${id}-praktijken-titel`}>Praktijken</h2>
          <PracticeList compact headingLevel={3} practices={practices} />
        </section>
      ) : null}
      {printed.articles.length > 0 ? (
        <section aria-labelledby={`${id}-uitgelicht-titel`} className="print-see-also">
          <h2 id={`${id}-uitgelicht-titel`}>Uitgelicht</h2>
          <ul>
            {printed.articles.map((article) => (
              <li key={article.id}>
                <a href={`#${article.id}`}>{article.label}</a>, pagina <PageOf target={article.id} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <PrintPhotos anchored={anchored} idPrefix={id} photos={docs<Media>(chapter.photos)} />
    </article>
  )
}
