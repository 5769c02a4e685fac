import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import type { Chapter, FeaturedArticle, Media, Person, Practice } from '../../../../../../payload-types'

import { FigureCards } from '../../../../components/Figures'
import { Footnotes } from '../../../../components/Footnotes'
import { Photo } from '../../../../components/Media'
import { PdfEditionLink } from '../../../../components/PdfEditionLink'
import { PracticeList } from '../../../../components/Practices'
import { RichText } from '../../../../components/RichText'
import { docs, findInReport, isDoc } from '../../../../lib/content'
import { chapterPath, reportPath } from '../../../../lib/paths'

export const dynamic = 'force-dynamic'

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

/** An Uitgelicht article: lead, author, body with inline figures, pull quotes and numbered footnotes. */
export default async function FeaturedArticlePage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { article, report } = found
  const reportSlug = report.slug ?? String(report.id)
  const author = isDoc<Person>(article.author) ? article.author : null
  const chapter = isDoc<Chapter>(article.chapter) ? article.chapter : null
  const practices = docs<Practice>(article.practices)
  const photos = docs<Media>(article.photos)

  return (
    <article className="featured-article">
      <nav aria-label="Kruimelpad" className="breadcrumbs">
        <ol>
          <li>
            <a href="/">Jaarverslagen</a>
          </li>
          <li>
            <a href={reportPath(reportSlug)}>{report.title}</a>
          </li>
          {chapter ? (
            <li>
              <a href={chapterPath(reportSlug, chapter.slug ?? String(chapter.id))}>{chapter.title}</a>
            </li>
          ) : null}
        </ol>
      </nav>
      <p className="kicker">Uitgelicht</p>
      <h1>{article.title}</h1>
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

      <FigureCards figures={article.keyFigures ?? []} idPrefix="kerncijfers" />

      {practices.length > 0 ? (
        <section aria-labelledby="praktijken-titel">
          <h2 id="praktijken-titel">Praktijken</h2>
          <PracticeList headingLevel={3} practices={practices} />
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

      <Footnotes footnotes={article.footnotes ?? []} />

      <PdfEditionLink reportId={report.id} reportSlug={reportSlug} />
    </article>
  )
}
