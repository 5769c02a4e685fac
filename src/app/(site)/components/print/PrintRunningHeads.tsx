import React from 'react'

/** A CSS string that cannot end the string or the `<style>` element, whatever the title holds. */
export const cssString = (text: string): string =>
  `"${text.replace(/[\r\n\t]+/g, ' ').replace(/[\\"<>&]/g, (character) => `\\${character.charCodeAt(0).toString(16)} `)}"`

export type RunningHead = { target: string; text: string }

/** A running head fits one line next to the report's name. */
export const shorten = (text: string, max = 60): string => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`)

/**
 * Running heads through CSS page-margin boxes: every page names the report, every chapter's pages
 * name the chapter (a named page per chapter), the cover and section openers none. The page number
 * stands at the foot. Static styling lives in print.css; only the texts are generated here.
 */
export const PrintRunningHeads = ({ heads, report }: { heads: RunningHead[]; report: string }) => {
  // Chromium lets the later of two matching @page rules win, whatever their specificity: the
  // general rule first, the cover and section openers (print.css names their pages) last.
  const rules = [
    `@page { @top-left { content: ${cssString(report)}; } @bottom-right { content: "Pagina " counter(page) " van " counter(pages); } }`,
    ...heads.map((head, index) => `@page lopend-${index} { @top-right { content: ${cssString(shorten(head.text))}; } }\n#${head.target} { page: lopend-${index}; }`),
    '@page opener { @top-left { content: none; } @top-right { content: none; } }',
    '@page omslag { @top-left { content: none; } @top-right { content: none; } @bottom-right { content: none; } }',
  ]
  return <style dangerouslySetInnerHTML={{ __html: rules.join('\n') }} />
}
