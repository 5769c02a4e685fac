import React from 'react'

import type { Chapter, Report } from '../../../payload-types'

import { sectionChapters } from '../lib/content'
import { chapterPath } from '../lib/paths'
import { numbered } from '../lib/text'

/**
 * The report's table of contents: its sections in order, each with its published chapters under
 * the report's own numbering ("1. Onze missie"), printed once and never the list position.
 */
export const ChapterList = ({ chapters, headingLevel = 2, report, showSummaries = false }: { chapters: Chapter[]; headingLevel?: 2 | 3; report: Report; showSummaries?: boolean }) => {
  const Heading = `h${headingLevel}` as 'h2'
  const reportSlug = report.slug ?? String(report.id)
  return (
    <div className="toc">
      {(report.sections ?? []).map((section) => {
        const inSection = sectionChapters(chapters, section.key ?? '')
        if (inSection.length === 0) return null
        return (
          <section aria-labelledby={`onderdeel-${section.key}`} className="toc__section" key={section.key ?? section.title}>
            <Heading className="toc__heading" id={`onderdeel-${section.key}`}>
              {section.title}
            </Heading>
            <ul className="toc__chapters">
              {inSection.map((chapter) => (
                <li key={String(chapter.id)}>
                  <a className="toc__link" href={chapterPath(reportSlug, chapter.slug ?? String(chapter.id))}>
                    {chapter.number ? <span className="toc__number">{chapter.number}</span> : null}{' '}
                    <span className="toc__title">{chapter.title}</span>
                  </a>
                  {showSummaries && chapter.summary ? <p className="toc__summary">{chapter.summary}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}

export { numbered }
