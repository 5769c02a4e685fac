import React from 'react'

import { receiptAttributes } from '@jaarverslag/key-figures/receipts'
import { figureDomId, type FigureView, sourceText, verifiedText } from '../lib/figures'

/**
 * A figure in running text. It takes keyboard focus, and its source shows on hover and on
 * focus; the same text is its accessible description (`aria-describedby`), so a screen reader
 * reads it too.
 */
export const InlineFigure = ({ figure, index }: { figure: FigureView; index: number }) => {
  const id = figureDomId('bron', figure.id, index)
  return (
    <span className="inline-figure" data-figure-label={figure.label ?? undefined} tabIndex={0} aria-describedby={id} {...receiptAttributes(figure)}>
      <span className="inline-figure__value" data-key-figure-value="">
        {figure.shown}
      </span>
      <span className="inline-figure__source" id={id} role="tooltip">
        {figure.label ? <strong>{figure.label}. </strong> : null}
        {sourceText(figure.resolved)} {verifiedText(figure.resolved)}
      </span>
    </span>
  )
}

/** The figures of a document as cards: the printed figure, its label and its source. */
export const FigureCards = ({ figures, heading = 'Kerncijfers', headingLevel = 2, idPrefix }: { figures: FigureView[]; heading?: React.ReactNode; headingLevel?: 2 | 3; idPrefix: string }) => {
  if (figures.length === 0) return null
  const Heading = `h${headingLevel}` as 'h2'
  const SubHeading = `h${headingLevel + 1}` as 'h3'
  return (
    <section className="figure-cards" aria-labelledby={`${idPrefix}-titel`}>
      <Heading id={`${idPrefix}-titel`}>{heading}</Heading>
      <ul>
        {figures.map((figure, index) => (
          <li className="figure-card" key={figure.id ?? index} data-figure-label={figure.label ?? undefined} {...receiptAttributes(figure)}>
            <p className="figure-card__value" data-key-figure-value="">
              {figure.shown}
            </p>
            <SubHeading className="figure-card__label">{figure.label}</SubHeading>
            <p className="figure-card__source">
              {sourceText(figure.resolved)} <span className="figure-card__verified">{verifiedText(figure.resolved)}</span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
