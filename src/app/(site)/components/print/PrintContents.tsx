import React from 'react'

import type { ContentsEntry } from '../../lib/printPlan'

/**
 * The table of contents with page numbers. The numbers are empty in the HTML: the PDF job reads
 * where each target landed and writes them in (`data-page-of`, see src/plugins/report-pdf).
 */
export const PrintContents = ({ entries }: { entries: ContentsEntry[] }) => (
  <nav aria-labelledby="inhoud-titel" className="print-contents" id="inhoudsopgave">
    <h1 id="inhoud-titel">Inhoud</h1>
    <ol>
      {entries.map((entry) => (
        <li className={`print-contents__entry print-contents__entry--${entry.kind} print-contents__entry--level-${entry.level}`} key={entry.target}>
          <a href={`#${entry.target}`}>
            <span className="print-contents__label">{entry.label}</span>
            <span aria-hidden="true" className="print-contents__leader" />
            <PageOf target={entry.target} />
          </a>
        </li>
      ))}
    </ol>
  </nav>
)

/** "the page where #target is", filled in by the PDF job; a link to the target must exist for it to be found. */
export const PageOf = ({ target }: { target: string }) => <span className="page-of" data-page-of={target} />
