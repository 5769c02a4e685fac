import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React from 'react'

import type { Media, Person } from '../../../../payload-types'

import { ChapterList } from '../../components/ChapterList'
import { FigureCards } from '../../components/Figures'
import { Photo } from '../../components/Media'
import { OpenData } from '../../components/OpenData'
import { PdfEditionLink } from '../../components/PdfEditionLink'
import { RichText } from '../../components/RichText'
import { findReport, isDoc, listArticles, listChapters } from '../../lib/content'
import { featuredArticlePath } from '../../lib/paths'
import { reportName } from '../../lib/site'
import { themeStyle } from '../../lib/theme'
import { isSignedBy } from '../../lib/text'

/** Rendered on its first visit, then kept until a change it shows expires its tags (no page is built ahead). */
export const generateStaticParams = async (): Promise<Awaited<Props['params']>[]> => []

type Props = { params: Promise<{ report: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await findReport((await params).report)
  return report ? { description: report.meta?.description ?? undefined, title: report.meta?.title || report.title } : {}
}

/** A report's table of contents: its sections and chapters under their own numbering, the foreword (signed once), Uitgelicht. */
export default async function ReportPage({ params }: Props) {
  const slug = (await params).report
  const report = await findReport(slug)
  if (!report) notFound()
  const [chapters, articles] = await Promise.all([listChapters(report.id), listArticles(report.id)])
  const signatory = isDoc<Person>(report.forewordSignatory) ? report.forewordSignatory : null
  const reportSlug = report.slug ?? slug
  const name = reportName(report)

  return (
    <article className="report page" style={themeStyle(report.theme) as React.CSSProperties}>
      <header className="page-header">
        <p className="kicker">
          {report.organisation}
          {report.policyPeriod ? ` · beleidsperiode ${report.policyPeriod}` : ''}
        </p>
        <h1>{report.title}</h1>
        <PdfEditionLink reportId={report.id} reportSlug={reportSlug} />
      </header>
      {isDoc<Media>(report.coverImage) ? <Photo media={report.coverImage} /> : null}

      <nav aria-labelledby="inhoudstafel-titel" className="contents">
        <h2 id="inhoudstafel-titel">Inhoud</h2>
        <ChapterList chapters={chapters} headingLevel={3} report={report} showSummaries />
      </nav>

      {report.foreword ? (
        <section aria-labelledby="voorwoord-titel" className="foreword prose">
          <h2 id="voorwoord-titel">Voorwoord</h2>
          <RichText data={report.foreword} idPrefix="voorwoord" reportName={name} />
          {signatory && !isSignedBy(report.foreword, signatory.name) ? (
            <p className="signatory">
              <strong>{signatory.name}</strong>
              {signatory.function ? `, ${signatory.function}` : ''}
            </p>
          ) : null}
        </section>
      ) : null}

      {(report.keyFigures ?? []).length > 0 ? <FigureCards figures={report.keyFigures ?? []} idPrefix="verslag-kerncijfers" reportName={name} /> : null}

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

      <OpenData reportSlug={reportSlug} reportTitle={report.title} />
    </article>
  )
}
