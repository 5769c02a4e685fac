/**
 * Where a finding sits, as an editor finds it in the form: "Kerncijfer 11, tab Kerncijfers" for
 * `keyFigures.10.shown`, "Inline kerncijfer 2 in Tekst" for `body#1`, "Voettelling" for a
 * dataset's footing rule. Plain data in, text out.
 */
import type { Language } from '../texts.ts'

const words = {
  figure: { en: 'Key figure', nl: 'Kerncijfer' },
  footing: { en: 'Footing rule', nl: 'Voettelling' },
  in: { en: 'in', nl: 'in' },
  inline: { en: 'Inline key figure', nl: 'Inline kerncijfer' },
  tab: { en: 'Key figures tab', nl: 'tab Kerncijfers' },
}

/** `fieldLabel(name)`: the label of a top-level field of the document's collection (null when unknown). */
export const figurePlace = (path: string, language: Language, fieldLabel: (name: string) => null | string = () => null): string => {
  if (path.startsWith('footing:')) return words.footing[language]
  const row = /^keyFigures\.(\d+)(?:\.|$)/.exec(path)
  if (row) return `${words.figure[language]} ${Number(row[1]) + 1}, ${words.tab[language]}`
  const inline = /^([^#]+)#(\d+)$/.exec(path)
  if (inline) {
    const field = inline[1].split('.')[0]
    return `${words.inline[language]} ${Number(inline[2]) + 1} ${words.in[language]} ${fieldLabel(field) ?? field}`
  }
  const field = path.split('.')[0]
  return fieldLabel(field) ?? path
}
