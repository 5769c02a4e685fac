'use client'

import { useEffect } from 'react'

/**
 * Makes every figure's receipt button a disclosure: a click (or Enter/Space) toggles
 * `aria-expanded`, which shows the sentence; Escape closes an open one and gives the focus back
 * to its button. One listener for the whole page, so receipts stay plain server-rendered markup
 * (the PDF edition renders the same components).
 */
export const ReceiptToggles = () => {
  useEffect(() => {
    // From now on the buttons decide (the stylesheet's no-script fallback shows receipts on focus).
    document.documentElement.dataset.receipts = 'js'
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.('[data-receipt-toggle]')
      if (!button) return
      button.setAttribute('aria-expanded', button.getAttribute('aria-expanded') === 'true' ? 'false' : 'true')
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      const open = document.querySelectorAll<HTMLElement>('[data-receipt-toggle][aria-expanded="true"]')
      open.forEach((button) => button.setAttribute('aria-expanded', 'false'))
      const active = document.activeElement
      const owner = active?.closest?.('[data-key-figure]')?.querySelector<HTMLElement>('[data-receipt-toggle]')
      owner?.focus()
    }
    document.addEventListener('click', onClick)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('click', onClick)
      document.removeEventListener('keydown', onKey)
    }
  }, [])
  return null
}
