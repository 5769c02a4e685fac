import React from 'react'

import { RECEIPT } from '@jaarverslag/key-figures/receipts'
import { type FigureView, receiptOf } from '../lib/receipts'

/**
 * A printed figure. When it is bound to data it carries its receipt: the element around it has
 * `data-key-figure` (the figure id) and the provenance as `data-*` attributes (the key-figures
 * plugin's `receiptAttributes`), its child `[data-key-figure-value]` holds the text as printed,
 * and a disclosure button (keyboard reachable, `aria-expanded`, `aria-controls`) opens the
 * plain-Dutch source sentence. An unbound figure is printed as plain text and claims nothing.
 * The site and the print page (the PDF edition) both print figures through this component.
 *
 * Works without JavaScript too: the sentence shows while the button has focus or the figure is
 * hovered; `ReceiptToggles` makes the button toggle it.
 */
export const Figure = ({ domId, figure, reportName }: { domId: string; figure: FigureView; reportName: string }) => {
  const receipt = receiptOf(figure, { reportName })
  if (!receipt) return <span className="kf kf--unbound">{figure.shown}</span>
  const receiptId = `${domId}-bron`
  // A change or growth over periods says what it is compared with: "+26 t.o.v. 2023" (from the data).
  const comparedWith = figure.resolved?.periods?.comparedWith
  const printed = (
    <span className={receipt.matches ? 'kf' : 'kf kf--stale'} {...receipt.attributes}>
      <span className="kf__value" {...{ [RECEIPT.value]: '' }}>
        {figure.shown}
      </span>
      <button aria-controls={receiptId} aria-expanded="false" className="kf__toggle" data-receipt-toggle="" type="button">
        <span className="visually-hidden">Bron van {figure.label ? `${figure.label}: ` : ''}{figure.shown}</span>
        <svg aria-hidden="true" focusable="false" height="14" viewBox="0 0 16 16" width="14">
          <circle cx="8" cy="8" fill="none" r="7" stroke="currentColor" strokeWidth="1.5" />
          <rect fill="currentColor" height="5" rx="0.75" width="1.5" x="7.25" y="7" />
          <circle cx="8" cy="4.75" fill="currentColor" r="1" />
        </svg>
      </button>
      <span className="kf__receipt" id={receiptId} role="note">
        {receipt.sentence}
      </span>
    </span>
  )
  if (!comparedWith) return printed
  return (
    <>
      {printed}
      <span className="kf__compared" data-compared-with={comparedWith}>
        {` t.o.v. ${comparedWith}`}
      </span>
    </>
  )
}
