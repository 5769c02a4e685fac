import type { Metadata } from 'next'

import React from 'react'

import type { Report } from '../../payload-types'
import type { FigureView } from './lib/receipts'

import { ChapterList } from './components/ChapterList'
import { FigureGrid } from './components/Figures'
import { apiGet, type List } from './lib/api'
import { findReport, isFiguresSection, listArticles, listChapters, listFigureChapters } from './lib/content'
import { chapterPath, featuredArticlePath, reportPath } from './lib/paths'
import { findCurrentReport, reportName } from './lib/site'
import { firstParagraph } from './lib/text'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const current = await findCurrentReport()
  return current ? { title: { absolute: `${current.title} · ${current.organisation}` } } : {}
}

/** At most this many figures at a glance, the first ones of each chapter of figures. */
const GLANCE = 8

/**
 * The home page opens the newest report: its cover (title, organisation, the foreword's first
 * paragraph), the key figures at a glance, the chapters, Uitgelicht; older reports below.
 */
export default async function HomePage() {
  const current = await findCurrentReport()
  const report = current?.slug ? await findReport(current.slug) : null
  if (!report) {
    return (
      <div className="page">
        <h1>Jaarverslagen</h1>
        <p>Er zijn nog geen gepubliceerde jaarverslagen.</p>
      </div>
    )
  }
  const slug = report.slug ?? String(report.id)
  const figuresSection = report.sections?.find(isFiguresSection)
  const [chapters, figureChapters, articles, others] = await Promise.all([
    listChapters(report.id),
    figuresSection?.key ? listFigureChapters(report.id, figuresSection.key) : Promise.resolve([]),
    listArticles(report.id),
    apiGet<List<Report>>('/reports', { depth: 0, limit: 20, 'select[slug]': true, 'select[title]': true, 'select[year]': true, sort: '-year', 'where[id][not_equals]': String(report.id) }).then((list) => list.docs),
  ])
  // An even share of the places for each chapter of figures, in the report's order.
  const perChapter = Math.max(1, Math.ceil(GLANCE / Math.max(1, figureChapters.length)))
  const glance: FigureView[] = figureChapters.flatMap((chapter) => (chapter.keyFigures ?? []).filter((figure) => figure.resolved).slice(0, perChapter)).slice(0, GLANCE)
  const lead = firstParagraph(report.foreword)

  return (
    <>
      <section aria-labelledby="omslag-titel" className="hero">
        <div className="hero__inner">
          <p className="hero__kicker">
            {report.organisation}
            {report.policyPeriod ? ` · beleidsperiode ${report.policyPeriod}` : ''}
          </p>
          <h1 className="hero__title" id="omslag-titel">
            {report.title}
          </h1>
          {lead ? <p className="hero__lead">{lead}</p> : null}
          <p className="hero__actions">
            <a className="button button--light" href={reportPath(slug)}>
              Lees het jaarverslag
            </a>
            {report.foreword ? (
              <a className="button button--ghost" href={`${reportPath(slug)}#voorwoord-titel`}>
                Voorwoord
              </a>
            ) : null}
          </p>
        </div>
      </section>

      <div className="page page--wide">
        {glance.length > 0 && figuresSection ? (
          <section aria-labelledby="in-een-oogopslag" className="glance">
            <h2 id="in-een-oogopslag">{figuresSection.title} in een oogopslag</h2>
            <FigureGrid figures={glance} idPrefix="oogopslag" reportName={reportName(report)} />
            <p className="glance__more">
              Meer cijfers:{' '}
              {figureChapters.map((chapter, index) => (
                <React.Fragment key={String(chapter.id)}>
                  {index > 0 ? ' · ' : ''}
                  <a href={chapterPath(slug, chapter.slug ?? String(chapter.id))}>{chapter.title}</a>
                </React.Fragment>
              ))}
            </p>
          </section>
        ) : null}

        <section aria-labelledby="hoofdstukken-titel" className="home-chapters">
          <h2 id="hoofdstukken-titel">Hoofdstukken</h2>
          <ChapterList chapters={chapters} headingLevel={3} report={report} />
        </section>

        {articles.length > 0 ? (
          <section aria-labelledby="uitgelicht-titel" className="featured">
            <h2 id="uitgelicht-titel">Uitgelicht</h2>
            <ul className="featured__list">
              {articles.map((article) => (
                <li className="featured__item" key={String(article.id)}>
                  <a className="featured__link" href={featuredArticlePath(slug, article.slug ?? String(article.id))}>
                    {article.title}
                  </a>
                  {article.lead ? <p>{article.lead}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {others.length > 0 ? (
          <section aria-labelledby="eerder-titel">
            <h2 id="eerder-titel">Eerdere jaarverslagen</h2>
            <ul>
              {others.map((other) => (
                <li key={String(other.id)}>
                  <a href={reportPath(other.slug ?? String(other.id))}>{other.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </>
  )
}
