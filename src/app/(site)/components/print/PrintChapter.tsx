import React from 'react'

import type { Chapter, Media, Practice, Report } from '../../../../payload-types'
import type { ChartData } from '../../lib/charts'
import type { PrintedChapter } from '../../lib/printPlan'

import { docs } from '../../lib/content'
import { ActivityList } from '../Activities'
import { Chart } from '../Chart'
import { FigureCards } from '../Figures'
import { PracticeList } from '../Practices'
import { RichText } from '../RichText'
import { PageOf } from './PrintContents'
import { PrintPhotos } from './PrintPhotos'

type Props = {
  anchored: (photo: Media) => boolean
  charts: ChartData[]
  printed: PrintedChapter<Chapter, unknown>
  report: Report
  section: string
}

/** A chapter as printed: the same parts as its web page, the Uitgelicht articles referred to by page. */
export const PrintChapter = ({ anchored, charts, printed, report, section }: Props) => {
  const { chapter, id } = printed
  const activities = chapter.activities ?? []
  const practices = docs<Practice>(chapter.practices)
  return (
    <article aria-labelledby={`${id}-titel`} className="print-chapter" id={id}>
      <p className="kicker">{section}</p>
      <h1 id={`${id}-titel`}>{printed.label}</h1>
      {chapter.summary ? <p className="lead">{chapter.summary}</p> : null}
      <RichText className="body" data={chapter.body} />
      <FigureCards figures={chapter.keyFigures ?? []} idPrefix={`${id}-kerncijfers`} />
      {charts.length > 0 ? (
        <section aria-labelledby={`${id}-grafieken-titel`}>
          <h2 id={`${id}-grafieken-titel`}>In beeld</h2>
          {charts.map((chart) => (
            <Chart chart={chart} key={chart.id} />
          ))}
        </section>
      ) : null}
      {activities.length > 0 ? (
        <section aria-labelledby={`${id}-activiteiten-titel`} className="activities">
          <h2 id={`${id}-activiteiten-titel`}>Onze activiteiten in {report.year}</h2>
          <ActivityList activities={activities} />
        </section>
      ) : null}
      {practices.length > 0 ? (
        <section aria-labelledby={`${id}-praktijken-titel`}>
          <h2 id={`${id}-praktijken-titel`}>Praktijken</h2>
          <PracticeList headingLevel={3} practices={practices} />
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
