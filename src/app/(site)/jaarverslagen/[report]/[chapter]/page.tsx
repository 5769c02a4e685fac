import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import type { Chapter, FeaturedArticle, Media, Practice } from '../../../../../payload-types'

import { ActivityList } from '../../../components/Activities'
import { Chart } from '../../../components/Chart'
import { FigureCards } from '../../../components/Figures'
import { Photo } from '../../../components/Media'
import { PdfEditionLink } from '../../../components/PdfEditionLink'
import { PracticeList } from '../../../components/Practices'
import { RichText } from '../../../components/RichText'
import { charts, loadCharts } from '../../../lib/charts'
import { docs, findInReport, listChapters } from '../../../lib/content'
import { chapterPath, featuredArticlePath, reportPath } from '../../../lib/paths'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ chapter: string; report: string }> }

const load = async (params: Props['params']) => loadChapter((await params).report, (await params).chapter)

/** One request per page view: `cache` shares it between the page and its metadata. */
const loadChapter = cache(async (reportSlug: string, chapterSlug: string) => {
  const found = await findInReport<Chapter>('chapters', reportSlug, chapterSlug)
  return found ? { chapter: found.doc, report: found.report } : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params)
  return found ? { description: found.chapter.meta?.description || found.chapter.summary || undefined, title: found.chapter.meta?.title || found.chapter.title } : {}
}

/** A chapter: body with its inline figures, the figure cards, activities, practices, Uitgelicht. */
export default async function ChapterPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { chapter, report } = found
  const reportSlug = report.slug ?? String(report.id)
  const [chapters, chartData] = await Promise.all([listChapters(report.id), loadCharts(charts.filter((chart) => chart.chapters.includes(chapter.slug ?? '')))])
  const index = chapters.findIndex((other) => String(other.id) === String(chapter.id))
  const previous = index > 0 ? chapters[index - 1] : null
  const next = index >= 0 && index < chapters.length - 1 ? chapters[index + 1] : null
  const section = report.sections?.find((candidate) => candidate.key === chapter.section)
  const activities = chapter.activities ?? []
  const practices = docs<Practice>(chapter.practices)
  const articles = docs<FeaturedArticle>(chapter.featuredArticles)
  const photos = docs<Media>(chapter.photos)

  return (
    <article className="chapter">
      <nav aria-label="Kruimelpad" className="breadcrumbs">
        <ol>
          <li>
            <a href="/">Jaarverslagen</a>
          </li>
          <li>
            <a href={reportPath(reportSlug)}>{report.title}</a>
          </li>
          {section ? <li>{section.title}</li> : null}
        </ol>
      </nav>
      <h1>
        {chapter.number ? <span className="chapter__number">{chapter.number}. </span> : null}
        {chapter.title}
      </h1>
      {chapter.summary ? <p className="lead">{chapter.summary}</p> : null}

      <RichText className="body" data={chapter.body} />

      <FigureCards figures={chapter.keyFigures ?? []} idPrefix="kerncijfers" />

      {chartData.length > 0 ? (
        <section aria-labelledby="grafieken-titel">
          <h2 id="grafieken-titel">In beeld</h2>
          {chartData.map((chart) => (
            <Chart chart={chart} key={chart.id} />
          ))}
        </section>
      ) : null}

      {activities.length > 0 ? (
        <section aria-labelledby="activiteiten-titel" className="activities">
          <h2 id="activiteiten-titel">Onze activiteiten in {report.year}</h2>
          <ActivityList activities={activities} />
        </section>
      ) : null}

      {practices.length > 0 ? (
        <section aria-labelledby="praktijken-titel">
          <h2 id="praktijken-titel">Praktijken</h2>
          <PracticeList headingLevel={3} practices={practices} />
        </section>
      ) : null}

      {articles.length > 0 ? (
        <section aria-labelledby="uitgelicht-titel">
          <h2 id="uitgelicht-titel">Uitgelicht</h2>
          <ul className="card-list">
            {articles.map((article) => (
              <li className="card" key={String(article.id)}>
                <h3>
                  <a href={featuredArticlePath(reportSlug, article.slug ?? String(article.id))}>{article.title}</a>
                </h3>
                {article.lead ? <p>{article.lead}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {photos.length > 0 ? (
        <section aria-labelledby="fotos-titel" className="photos">
          <h2 id="fotos-titel">Foto&apos;s</h2>
          {photos.map((photo) => (
            <Photo key={String(photo.id)} media={photo} />
          ))}
        </section>
      ) : null}

      <PdfEditionLink reportId={report.id} reportSlug={reportSlug} />

      <nav aria-label="Vorige en volgende hoofdstuk" className="pager">
        {previous ? (
          <a href={chapterPath(reportSlug, previous.slug ?? String(previous.id))} rel="prev">
            ← {previous.title}
          </a>
        ) : null}
        {next ? (
          <a href={chapterPath(reportSlug, next.slug ?? String(next.id))} rel="next">
            {next.title} →
          </a>
        ) : null}
      </nav>
    </article>
  )
}
