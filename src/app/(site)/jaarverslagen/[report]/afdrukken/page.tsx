import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React from 'react'

import type { Chapter, FeaturedArticle, Media, Person } from '../../../../../payload-types'

import { allowedOrigins } from '../../../../../config/origins'
import { FigureCards } from '../../../components/Figures'
import { Colophon } from '../../../components/print/Colophon'
import { PrintArticle } from '../../../components/print/PrintArticle'
import { PrintChapter } from '../../../components/print/PrintChapter'
import { PrintContents } from '../../../components/print/PrintContents'
import { PrintCover } from '../../../components/print/PrintCover'
import { PrintRunningHeads } from '../../../components/print/PrintRunningHeads'
import { RichText } from '../../../components/RichText'
import { loadChartsEach } from '../../../lib/charts'
import { colophonFacts } from '../../../lib/colophon'
import { docs, findReport, isDoc } from '../../../lib/content'
import { loadReportDocuments } from '../../../lib/edition'
import { figuresOfDocument } from '../../../lib/pageFigures'
import { planEdition } from '../../../lib/printPlan'
import { reportName } from '../../../lib/site'
import { isSignedBy } from '../../../lib/text'
import { chartColours, themeRootRule, themeStyle } from '../../../lib/theme'
import '../../../print.css'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ report: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await findReport((await params).report)
  return report ? { robots: { index: false }, title: `${report.title} (afdrukversie)` } : {}
}

/**
 * The whole published report on one page, for print: cover, contents, foreword, the sections with
 * their chapters and Uitgelicht articles (with the charts their web pages show, each printed once)
 * and colophon, in the report's theme and the site's fonts. It prints with the site's own
 * components, so figures carry the same receipts as on the web. The PDF edition is printed from
 * it (src/plugins/report-pdf); print.css holds the page layout.
 */
export default async function PrintEditionPage({ params }: Props) {
  const slug = (await params).report
  const report = await findReport(slug)
  if (!report) notFound()
  const generatedAt = new Date().toISOString()
  const name = reportName(report)
  const { articles, chapters } = await loadReportDocuments(report.id)
  // The charts each document's web page shows, from one read of their datasets.
  const documents: (Chapter | FeaturedArticle)[] = [...chapters, ...articles]
  const chartSets = await loadChartsEach(documents.map((doc) => figuresOfDocument(doc as never, ['body'])))
  const chartsOfDocument = new Map(documents.map((doc, index) => [doc, chartSets[index]]))
  const chartsById = new Map(chartSets.flat().map((chart) => [chart.id, chart]))
  const colours = chartColours(report.theme)
  // The public address (the job may print through an internal one).
  const site = allowedOrigins()[0]
  const plan = planEdition<Chapter, FeaturedArticle>({
    articles,
    chapters,
    chartsOf: (doc) => (chartsOfDocument.get(doc) ?? []).map((chart) => chart.id),
    hasForeword: Boolean(report.foreword),
    sections: report.sections ?? [],
  })
  const chartsFor = (ids: string[]) => ids.flatMap((id) => chartsById.get(id) ?? [])
  const signatory = isDoc<Person>(report.forewordSignatory) ? report.forewordSignatory : null

  // Print order of the photos: the first place each is printed carries its anchor.
  const placements: [string, Media[]][] = []
  for (const section of plan.sections) {
    for (const printed of section.chapters) {
      placements.push([printed.id, docs<Media>(printed.chapter.photos)])
      for (const article of printed.articles) placements.push([article.id, docs<Media>(article.article.photos)])
    }
  }
  for (const article of plan.looseArticles) placements.push([article.id, docs<Media>(article.article.photos)])
  const anchorOwner = new Map<string, string>()
  for (const [owner, photos] of placements) for (const photo of photos) if (!anchorOwner.has(String(photo.id))) anchorOwner.set(String(photo.id), owner)
  const anchoredIn = (owner: string) => (photo: Media) => anchorOwner.get(String(photo.id)) === owner
  const printedPhotos = placements.flatMap(([, photos]) => photos)

  const printedDocs = [
    ...plan.sections.flatMap((section) => section.chapters.flatMap((printed) => [printed.chapter, ...printed.articles.map((article) => article.article)])),
    ...plan.looseArticles.map((article) => article.article),
  ]
  const facts = colophonFacts({
    figures: [...figuresOfDocument(report as never, ['foreword']), ...printedDocs.flatMap((doc) => figuresOfDocument(doc as never, ['body']))],
    photos: printedPhotos,
  })
  const heads = [
    ...plan.sections.flatMap((section) => section.chapters.flatMap((printed) => [{ target: printed.id, text: printed.label }, ...printed.articles.map((article) => ({ target: article.id, text: `Uitgelicht: ${article.label}` }))])),
    ...plan.looseArticles.map((article) => ({ target: article.id, text: `Uitgelicht: ${article.label}` })),
  ]

  return (
    <article
      className="print-edition"
      data-generated-at={generatedAt}
      data-organisation={report.organisation}
      data-print-edition=""
      data-report-slug={report.slug ?? slug}
      data-report-title={report.title}
      style={themeStyle(report.theme) as React.CSSProperties}
    >
      <style dangerouslySetInnerHTML={{ __html: themeRootRule(report.theme) }} />
      <PrintRunningHeads heads={heads} report={`${report.organisation} · ${report.title}`} />
      <PrintCover generatedAt={generatedAt} report={report} />
      <PrintContents entries={plan.contents} />

      {plan.foreword ? (
        <section aria-labelledby="voorwoord-titel" className="print-part print-foreword" id="voorwoord">
          <h1 id="voorwoord-titel">Voorwoord</h1>
          <div className="foreword prose">
            <RichText data={report.foreword} idPrefix="voorwoord" reportName={name} />
            {signatory && !isSignedBy(report.foreword, signatory.name) ? (
              <p className="signatory">
                <strong>{signatory.name}</strong>
                {signatory.function ? `, ${signatory.function}` : ''}
              </p>
            ) : null}
          </div>
          {(report.keyFigures ?? []).length > 0 ? <FigureCards figures={report.keyFigures ?? []} idPrefix="verslag-kerncijfers" reportName={name} /> : null}
        </section>
      ) : null}

      {plan.sections.map((section, index) => (
        <React.Fragment key={section.id}>
          <section aria-labelledby={`${section.id}-titel`} className="print-section" id={section.id}>
            <p className="print-section__number">Deel {index + 1}</p>
            <h1 id={`${section.id}-titel`}>{section.title}</h1>
            <ul>
              {section.chapters.map((printed) => (
                <li key={printed.id}>{printed.label}</li>
              ))}
            </ul>
          </section>
          {section.chapters.map((printed) => (
            <React.Fragment key={printed.id}>
              <PrintChapter
                anchored={anchoredIn(printed.id)}
                charts={chartsFor(printed.charts)}
                colours={colours}
                printed={printed}
                report={report}
                reportName={name}
                section={section.title}
              />
              {printed.articles.map((article) => (
                <PrintArticle anchored={anchoredIn(article.id)} charts={chartsFor(article.charts)} colours={colours} key={article.id} printed={article} reportName={name} />
              ))}
            </React.Fragment>
          ))}
        </React.Fragment>
      ))}

      {plan.looseArticles.length > 0 ? (
        <>
          <section aria-labelledby="uitgelicht-titel" className="print-section" id="uitgelicht">
            <h1 id="uitgelicht-titel">Uitgelicht</h1>
          </section>
          {plan.looseArticles.map((article) => (
            <PrintArticle anchored={anchoredIn(article.id)} charts={chartsFor(article.charts)} colours={colours} key={article.id} printed={article} reportName={name} />
          ))}
        </>
      ) : null}

      <Colophon facts={facts} generatedAt={generatedAt} report={report} site={site} />
    </article>
  )
}
