import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import type { Chapter, FeaturedArticle, Media, Practice } from '../../../../../payload-types'

import { ActivityList } from '../../../components/Activities'
import { Breadcrumbs } from '../../../components/Breadcrumbs'
import { Charts } from '../../../components/Charts'
import { FigureCards } from '../../../components/Figures'
import { Photo } from '../../../components/Media'
import { OpenData } from '../../../components/OpenData'
import { PdfEditionLink } from '../../../components/PdfEditionLink'
import { PracticeList } from '../../../components/Practices'
import { RichText } from '../../../components/RichText'
import { loadCharts } from '../../../lib/charts'
import { docs, findInReport, listChapters } from '../../../lib/content'
import { figuresOfDocument } from '../../../lib/pageFigures'
import { chapterPath, featuredArticlePath, reportPath } from '../../../lib/paths'
import { reportName } from '../../../lib/site'
import { chartColours, themeStyle } from '../../../lib/theme'
import { numbered } from '../../../lib/text'

/** Rendered on its first visit, then kept until a change it shows expires its tags (no page is built ahead). */
export const generateStaticParams = async (): Promise<Awaited<Props['params']>[]> => []

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

/** A chapter: body with its inline figures, the figure cards, charts from the data, activities, practices, Uitgelicht, photos. */
export default async function ChapterPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { chapter, report } = found
  const reportSlug = report.slug ?? String(report.id)
  const name = reportName(report)
  const [chapters, charts] = await Promise.all([listChapters(report.id), loadCharts(figuresOfDocument(chapter as never, ['body']))])
  const index = chapters.findIndex((other) => String(other.id) === String(chapter.id))
  const previous = index > 0 ? chapters[index - 1] : null
  const next = index >= 0 && index < chapters.length - 1 ? chapters[index + 1] : null
  const section = report.sections?.find((candidate) => candidate.key === chapter.section)
  const activities = chapter.activities ?? []
  const practices = docs<Practice>(chapter.practices)
  const articles = docs<FeaturedArticle>(chapter.featuredArticles)
  const photos = docs<Media>(chapter.photos)

  return (
    <article className="chapter page page--wide" style={themeStyle(report.theme) as React.CSSProperties}>
      <Breadcrumbs items={[{ href: reportPath(reportSlug), label: report.title }, ...(section ? [{ href: `${reportPath(reportSlug)}#onderdeel-${section.key}`, label: section.title }] : [])]} />
      <header className="page-header">
        {section ? <p className="kicker">{section.title}</p> : null}
        <h1>
          {chapter.number ? <span className="chapter__number">{chapter.number}. </span> : null}
          {chapter.title}
        </h1>
        {chapter.summary ? <p className="lead">{chapter.summary}</p> : null}
      </header>

      {chapter.body ? <RichText className="prose" data={chapter.body} idPrefix="tekst" reportName={name} /> : null}

      <FigureCards figures={chapter.keyFigures ?? []} idPrefix="kerncijfers" reportName={name} />

      <Charts charts={charts} colours={chartColours(report.theme)} />

      {activities.length > 0 ? (
        <section aria-labelledby="activiteiten-titel" className="activities">
          <h2 id="activiteiten-titel">Onze activiteiten in {report.year}</h2>
          <ActivityList activities={activities} />
        </section>
      ) : null}

      {practices.length > 0 ? (
        <section aria-labelledby="praktijken-titel">
          <h2 id="praktijken-titel">Praktijken</h2>
          <PracticeList compact headingLevel={3} practices={practices} />
        </section>
      ) : null}

      {articles.length > 0 ? (
        <section aria-labelledby="uitgelicht-titel" className="featured">
          <h2 id="uitgelicht-titel">Uitgelicht</h2>
          <ul className="featured__list">
            {articles.map((article) => (
              <li className="featured__item" key={String(article.id)}>
                <a className="featured__link" href={featuredArticlePath(reportSlug, article.slug ?? String(article.id))}>
                  {article.title}
                </a>
                {article.lead ? <p>{article.lead}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {photos.length > 0 ? (
        <section aria-labelledby="fotos-titel" className="photos">
          <h2 id="fotos-titel">Foto&apos;s</h2>
          <div className="photos__grid">
            {photos.map((photo) => (
              <Photo key={String(photo.id)} media={photo} />
            ))}
          </div>
        </section>
      ) : null}

      <OpenData reportSlug={reportSlug} reportTitle={report.title} />
      <PdfEditionLink reportId={report.id} reportSlug={reportSlug} />

      <nav aria-label="Vorige en volgende hoofdstuk" className="pager">
        {previous ? (
          <a href={chapterPath(reportSlug, previous.slug ?? String(previous.id))} rel="prev">
            <span className="pager__hint">Vorige</span> {numbered(previous.number, previous.title)}
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a className="pager__next" href={chapterPath(reportSlug, next.slug ?? String(next.id))} rel="next">
            <span className="pager__hint">Volgende</span> {numbered(next.number, next.title)}
          </a>
        ) : null}
      </nav>
    </article>
  )
}
