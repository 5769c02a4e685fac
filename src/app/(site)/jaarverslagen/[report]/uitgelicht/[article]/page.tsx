import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import type { Chapter, FeaturedArticle, Media, Person, Practice } from '../../../../../../payload-types'

import { Breadcrumbs } from '../../../../components/Breadcrumbs'
import { Charts } from '../../../../components/Charts'
import { FigureCards } from '../../../../components/Figures'
import { Footnotes } from '../../../../components/Footnotes'
import { Photo } from '../../../../components/Media'
import { OpenData } from '../../../../components/OpenData'
import { PdfEditionLink } from '../../../../components/PdfEditionLink'
import { PracticeList } from '../../../../components/Practices'
import { PullQuote } from '../../../../components/PullQuote'
import { RichText } from '../../../../components/RichText'
import { loadCharts } from '../../../../lib/charts'
import { docs, findInReport, isDoc } from '../../../../lib/content'
import { figuresOfDocument } from '../../../../lib/pageFigures'
import { chapterPath, reportPath } from '../../../../lib/paths'
import { reportName } from '../../../../lib/site'
import { chartColours, themeStyle } from '../../../../lib/theme'

/** Rendered on its first visit, then kept until a change it shows expires its tags (no page is built ahead). */
export const generateStaticParams = async (): Promise<Awaited<Props['params']>[]> => []

type Props = { params: Promise<{ article: string; report: string }> }

const load = async (params: Props['params']) => loadArticle((await params).report, (await params).article)

/** One request per page view: `cache` shares it between the page and its metadata. */
const loadArticle = cache(async (reportSlug: string, articleSlug: string) => {
  const found = await findInReport<FeaturedArticle>('featured-articles', reportSlug, articleSlug)
  return found ? { article: found.doc, report: found.report } : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params)
  return found ? { description: found.article.meta?.description || found.article.lead || undefined, title: found.article.meta?.title || found.article.title } : {}
}

/** An Uitgelicht article: lead, author, body with inline figures, pull quotes, photos with captions and credits, numbered footnotes. */
export default async function FeaturedArticlePage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { article, report } = found
  const reportSlug = report.slug ?? String(report.id)
  const name = reportName(report)
  const author = isDoc<Person>(article.author) ? article.author : null
  const chapter = isDoc<Chapter>(article.chapter) ? article.chapter : null
  const practices = docs<Practice>(article.practices)
  const photos = docs<Media>(article.photos)
  const quotes = article.pullQuotes ?? []
  const charts = await loadCharts(figuresOfDocument(article as never, ['body']))

  return (
    <article className="featured-article page page--wide" style={themeStyle(report.theme) as React.CSSProperties}>
      <Breadcrumbs
        items={[{ href: reportPath(reportSlug), label: report.title }, ...(chapter ? [{ href: chapterPath(reportSlug, chapter.slug ?? String(chapter.id)), label: chapter.title }] : [])]}
      />
      <header className="page-header">
        <p className="kicker">Uitgelicht</p>
        <h1>{article.title}</h1>
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
        <RichText data={article.body} idPrefix="tekst" reportName={name} />
        {quotes.slice(1).map((quote, index) => (
          <PullQuote key={quote.id ?? index} quote={quote} />
        ))}
      </div>

      <FigureCards figures={article.keyFigures ?? []} idPrefix="kerncijfers" reportName={name} />

      <Charts charts={charts} colours={chartColours(report.theme)} />

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

      {practices.length > 0 ? (
        <section aria-labelledby="praktijken-titel">
          <h2 id="praktijken-titel">Praktijken</h2>
          <PracticeList compact headingLevel={3} practices={practices} />
        </section>
      ) : null}

      <Footnotes footnotes={article.footnotes ?? []} />

      <OpenData reportSlug={reportSlug} reportTitle={report.title} />
      <PdfEditionLink reportId={report.id} reportSlug={reportSlug} />
    </article>
  )
}
