import React from 'react'

import { figureDomId, type FigureView } from '../lib/receipts'
import { Figure } from './Figure'

/** The figures of a document as cards: the printed figure with its receipt, and its label. */
export const FigureCards = ({
  figures,
  heading = 'Kerncijfers',
  headingLevel = 2,
  idPrefix,
  reportName,
}: {
  figures: FigureView[]
  heading?: React.ReactNode
  headingLevel?: 2 | 3
  idPrefix: string
  reportName: string
}) => {
  if (figures.length === 0) return null
  const Heading = `h${headingLevel}` as 'h2'
  return (
    <section className="figure-cards" aria-labelledby={`${idPrefix}-titel`}>
      <Heading id={`${idPrefix}-titel`}>{heading}</Heading>
      <FigureGrid figures={figures} idPrefix={idPrefix} reportName={reportName} />
    </section>
  )
}

/** The cards alone (the home page shows a selection under its own heading). */
export const FigureGrid = ({ figures, idPrefix, reportName }: { figures: FigureView[]; idPrefix: string; reportName: string }) => (
  <ul className="figure-grid">
    {figures.map((figure, index) => (
      <li className="figure-card" key={figure.id ?? index}>
        <p className="figure-card__value">
          <Figure domId={figureDomId(idPrefix, figure.id, index)} figure={figure} reportName={reportName} />
        </p>
        <p className="figure-card__label">{figure.label}</p>
      </li>
    ))}
  </ul>
)
