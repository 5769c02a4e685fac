import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React from 'react'

import type { Chapter, FeaturedArticle, Media, Person } from '../../../../payload-types'

import { Chart } from '../../components/Chart'
import { FigureCards } from '../../components/Figures'
import { Photo } from '../../components/Media'
import { PdfEditionLink } from '../../components/PdfEditionLink'
import { RichText } from '../../components/RichText'
import { apiGet, type List } from '../../lib/api'
import { charts, loadCharts } from '../../lib/charts'
import { findReport, isDoc, isFiguresSection, listChapters, sectionChapters } from '../../lib/content'
import { chapterPath, featuredArticlePath } from '../../lib/paths'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ report: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await findReport((await params).report)
  return report ? { description: report.meta?.description ?? undefined, title: report.meta?.title || report.title } : {}
}

/** A report: its foreword, its sections with their chapters in order, "2024 in cijfers" as cards, the charts. */
export default async function ReportPage({ params }: Props) {
  const slug = (await params).report
  const report = await findReport(slug)
  if (!report) notFound()
  const figuresSection = report.sections?.find(isFiguresSection)
  const [chapters, figureChapters, articles, chartData] = await Promise.all([
    listChapters(report.id),
    figuresSection
      ? apiGet<List<Chapter>>('/chapters', {
          depth: 0,
          limit: 50,
          'select[keyFigures]': true,
          'select[figureCheck][checkedAt]': true,
          'select[slug]': true,
          'select[title]': true,
          sort: 'sortKey',
          'where[and][0][report][equals]': String(report.id),
          'where[and][1][section][equals]': figuresSection.key ?? '',
        }).then((list) => list.docs)
      : Promise.resolve([] as Chapter[]),
    apiGet<List<FeaturedArticle>>('/featured-articles', {
      depth: 0,
      limit: 50,
      'select[lead]': true,
      'select[slug]': true,
      'select[title]': true,
      sort: 'title',
      'where[report][equals]': String(report.id),
    }).then((list) => list.docs),
    loadCharts(charts),
  ])
  const signatory = isDoc<Person>(report.forewordSignatory) ? report.forewordSignatory : null

  return (
    <article className="report">
      <h1>{report.title}</h1>
      <p className="lead">
        {report.organisation} · {report.year}
        {report.policyPeriod ? ` · beleidsperiode ${report.policyPeriod}` : ''}
      </p>
      <PdfEditionLink reportId={report.id} reportSlug={report.slug ?? slug} />
      {isDoc<Media>(report.coverImage) ? <Photo media={report.coverImage} /> : null}

      <nav aria-labelledby="inhoudstafel-titel" className="toc">
        <h2 id="inhoudstafel-titel">Inhoud</h2>
        <ol>
          {(report.sections ?? []).map((section) => {
            const inSection = sectionChapters(chapters, section.key ?? '')
            return (
              <li key={section.key ?? section.title}>
                <a href={`#onderdeel-${section.key}`}>{section.title}</a>
                {inSection.length > 0 ? (
                  <ol>
                    {inSection.map((chapter) => (
                      <li key={String(chapter.id)}>
                        <a href={chapterPath(report.slug ?? slug, chapter.slug ?? String(chapter.id))}>
                          {chapter.number ? `${chapter.number}. ` : ''}
                          {chapter.title}
                        </a>
                      </li>
                    ))}
                  </ol>
                ) : null}
              </li>
            )
          })}
        </ol>
      </nav>

      {report.foreword ? (
        <section aria-labelledby="voorwoord-titel" className="foreword">
          <h2 id="voorwoord-titel">Voorwoord</h2>
          <RichText data={report.foreword} />
          {signatory ? (
            <p className="signatory">
              {signatory.name}
              {signatory.function ? `, ${signatory.function}` : ''}
            </p>
          ) : null}
        </section>
      ) : null}

      {(report.keyFigures ?? []).length > 0 ? <FigureCards figures={report.keyFigures ?? []} idPrefix="verslag-kerncijfers" /> : null}

      {(report.sections ?? []).map((section) => {
        const inSection = sectionChapters(chapters, section.key ?? '')
        const figures = section === figuresSection ? figureChapters.filter((chapter) => (chapter.keyFigures ?? []).length > 0) : []
        if (inSection.length === 0 && figures.length === 0) return null
        return (
          <section aria-labelledby={`onderdeel-${section.key}`} className="report-section" key={section.key ?? section.title}>
            <h2 id={`onderdeel-${section.key}`}>{section.title}</h2>
            {figures.map((chapter) => (
              <FigureCards figures={chapter.keyFigures ?? []} heading={<a href={chapterPath(report.slug ?? slug, chapter.slug ?? String(chapter.id))}>{chapter.title}</a>} headingLevel={3} idPrefix={`cijfers-${chapter.slug}`} key={String(chapter.id)} />
            ))}
            {figures.length === 0 ? (
              <ul className="card-list">
                {inSection.map((chapter) => (
                  <li className="card" key={String(chapter.id)}>
                    <h3>
                      <a href={chapterPath(report.slug ?? slug, chapter.slug ?? String(chapter.id))}>
                        {chapter.number ? `${chapter.number}. ` : ''}
                        {chapter.title}
                      </a>
                    </h3>
                    {chapter.summary ? <p>{chapter.summary}</p> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        )
      })}

      {chartData.length > 0 ? (
        <section aria-labelledby="grafieken-titel" className="report-section">
          <h2 id="grafieken-titel">In beeld</h2>
          {chartData.map((chart) => (
            <Chart chart={chart} key={chart.id} />
          ))}
        </section>
      ) : null}

      <section aria-labelledby="open-data-titel" className="report-section">
        <h2 id="open-data-titel">Open data</h2>
        <p>
          Elk gepubliceerd kerncijfer van dit jaarverslag met zijn bron (dataset, records, bewerking):{' '}
          <a href={`/api/key-figures/export?report=${encodeURIComponent(report.slug ?? slug)}&format=csv`}>CSV</a> of{' '}
          <a href={`/api/key-figures/export?report=${encodeURIComponent(report.slug ?? slug)}&format=json`}>JSON</a>.
        </p>
      </section>

      {articles.length > 0 ? (
        <section aria-labelledby="uitgelicht-titel" className="report-section">
          <h2 id="uitgelicht-titel">Uitgelicht</h2>
          <ul className="card-list">
            {articles.map((article) => (
              <li className="card" key={String(article.id)}>
                <h3>
                  <a href={featuredArticlePath(report.slug ?? slug, article.slug ?? String(article.id))}>{article.title}</a>
                </h3>
                {article.lead ? <p>{article.lead}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
