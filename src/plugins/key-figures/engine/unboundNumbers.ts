/**
 * Numbers nobody bound: every number printed in rich text that is not an inline key figure.
 *
 * The rule (README, "Numbers nobody bound"): a run of digits as the report prints numbers
 * (`1.540`, `8,7%`, `+39`, `720u45`, `1.552.000,00 €`, also `30-tal`) counts, except
 *  - dates and years: `7 december 2026`, `7/12/2026`, `7-12-2026`, a year 1900-2099 on its own,
 *    a school or calendar span `2023-2024`;
 *  - footnote markers: superscript text, `[1]`, and `(11)` glued to the word before it;
 *  - page references: `p. 12`, `pag. 12`, `pagina 12`, `blz. 12`, `bladzijde 12`;
 *  - a scale: `-100 tot +100`; numbering (`aflevering 4`, `hoofdstuk 2`, `stap 1`, `nr. 5`);
 *  - digits inside a name (`100in1day`);
 *  - numbers in words (`tweemaal`, `twee derde`): they have no digits.
 * Pure: text in, numbers out.
 */
import type { FigureUnit } from './types.ts'

import { toDecimal } from './decimal.ts'
import { formatFigure } from './format.ts'

export type NumberInText = {
  /** The number as printed, e.g. `1.540`, `82%`, `+39`. */
  text: string
  /** Where it starts in the text. */
  index: number
  /** Its unit as the printed style says it: `percent` (%), `euro` (€), `duration` (u), else `count`. */
  unit: FigureUnit
}

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec'

/** Spans that are not figures: dates, page references, footnote markers, scales. */
const EXCEPTIONS: RegExp[] = [
  new RegExp(`\\b\\d{1,2}(?:\\s*(?:en|tot|-|–)\\s*\\d{1,2})?\\s+(?:${MONTHS})\\.?(?:\\s+\\d{4})?\\b`, 'gi'),
  /\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b/g,
  /\b(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)?\d{2}\b/g,
  /(?<![\d.,])(?:19|20)\d{2}(?!\d|[.,]\d|\s?%|\s?€|u\d)/g,
  /\b(?:p|pp|pag|blz)\.\s*\d+(?:\s*[-–]\s*\d+)?/gi,
  /\b(?:pagina|pagina's|bladzijde|bladzijden)\s+\d+(?:\s*[-–]\s*\d+)?/gi,
  /\[\d+\]/g,
  // A number in brackets glued to the word before it is a footnote marker: "tegenkomen(11)".
  /(?<=[^\s(])\(\d{1,3}\)/g,
  /[-−+]\d+\s+tot\s+[-−+]\d+/g,
  // Numbering, not a quantity: "aflevering 4", "hoofdstuk 2.3", "stap 1", "nr. 5".
  /\b(?:aflevering|afleveringen|hoofdstuk|hoofdstukken|stap|deel|nr\.|nummer|editie|seizoen|week)\s+\d+(?:[.,]\d+)*/gi,
]

/** A number as the report prints one: sign, thousands with points, decimals with a comma, %, €, u. */
const NUMBER = /(?<![\p{L}\d.,])([+−-]?)(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(?:(u\d{2})|(\s?%)|(\s?€))?(?![\p{L}\d])/gu

const unitOf = (percent: boolean, euro: boolean, duration: boolean): FigureUnit => (percent ? 'percent' : euro ? 'euro' : duration ? 'duration' : 'count')

/** The numbers in one stretch of plain text, in order, with the exceptions of the rule left out. */
export function findNumbersInText(text: string): NumberInText[] {
  if (typeof text !== 'string' || !/\d/.test(text)) return []
  const excluded: [number, number][] = []
  for (const pattern of EXCEPTIONS) {
    for (const match of text.matchAll(pattern)) excluded.push([match.index ?? 0, (match.index ?? 0) + match[0].length])
  }
  const inside = (start: number, end: number) => excluded.some(([from, to]) => start < to && end > from)
  const found: NumberInText[] = []
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index ?? 0
    const printed = match[0].trim()
    if (inside(start, start + match[0].length)) continue
    // A sign only after a space or at the start: "2-3" is a range, not minus three.
    if (match[1] && start > 0 && !/\s|\(/.test(text[start - 1])) continue
    found.push({ index: start, text: printed, unit: unitOf(Boolean(match[5]), Boolean(match[6]), Boolean(match[4])) })
  }
  return found
}

type JsonObject = Record<string, unknown>
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Lexical's superscript text format bit: footnote markers. */
const SUPERSCRIPT = 64

export type RichTextNumbers = {
  /** Inline key figures in the text: the bound numbers. */
  bound: number
  /** Numbers in the text that are no inline figure. */
  unbound: (NumberInText & { block: number })[]
}

/**
 * The bound (inline key-figure blocks of `blockType`) and unbound numbers of a Lexical value.
 * Text is read per block (paragraph, heading, list item), superscript text left out.
 */
export function findNumbersInRichText(richText: unknown, blockType = 'keyFigure'): RichTextNumbers {
  let value = richText
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      return { bound: 0, unbound: [] }
    }
  }
  const root = isObject(value) && isObject(value.root) ? value.root : isObject(value) && Array.isArray(value.children) ? value : null
  const result: RichTextNumbers = { bound: 0, unbound: [] }
  if (!root) return result
  let block = -1
  const seen = new WeakSet<object>()
  const textOf = (node: JsonObject): string => {
    if (seen.has(node)) return ''
    seen.add(node)
    if (node.type === 'inlineBlock') {
      if (isObject(node.fields) && node.fields.blockType === blockType) result.bound += 1
      // An inline figure stands for a number: it separates the text around it.
      return ' '
    }
    if (node.type === 'text') return typeof node.text === 'string' && !((Number(node.format) || 0) & SUPERSCRIPT) ? node.text : ' '
    if (node.type === 'linebreak') return '\n'
    const children = Array.isArray(node.children) ? node.children.filter(isObject) : []
    const isBlock = children.length > 0 && children.every((child) => !Array.isArray(child.children) || child.type === 'link' || child.type === 'autolink')
    if (isBlock && node !== root) {
      block += 1
      const text = children.map(textOf).join('')
      for (const number of findNumbersInText(text)) result.unbound.push({ ...number, block })
      return ''
    }
    return children.map(textOf).join('')
  }
  textOf(root)
  return result
}

export type RecordLike = { id: number | string; key: string; label: string; unit: FigureUnit; value: string; dataset?: { slug?: string; title?: string } | null }

/**
 * The records whose value, printed as the report prints it, is exactly the number: `82%` finds a
 * percentage of 82, `1.540` a count of 1540, never a record that merely rounds to it.
 */
export function suggestRecordsFor(number: Pick<NumberInText, 'text' | 'unit'>, records: readonly RecordLike[], limit = 5): RecordLike[] {
  const wanted = number.text.replace(/\s/g, '').replace('−', '-')
  const matches: RecordLike[] = []
  for (const record of records) {
    if (matches.length >= limit) break
    if ((number.unit === 'percent') !== (record.unit === 'percent') || (number.unit === 'euro') !== (record.unit === 'euro')) continue
    let printed: string
    try {
      printed = formatFigure(record.value, record.unit).replace(/\s/g, '')
    } catch {
      continue
    }
    if (printed !== wanted) continue
    // Printed alike is not enough when the printing rounds (1539.6 prints as 1.540): the values must be equal.
    const exact = number.unit === 'duration' ? null : toDecimal(wanted.replace(/[%€]/g, '').replace(/\./g, '').replace(',', '.'))
    const stored = toDecimal(record.value)
    if (exact && stored && !exact.equals(stored)) continue
    matches.push(record)
  }
  return matches
}

/** Which number to bind: its block and its offset in the block's text, as `findNumbersInRichText` reports it, and the number itself. */
export type NumberTarget = { block: number; index: number; text: string }

/**
 * The rich text with the number at `target` turned into an inline key figure (`fields` are the
 * block's fields; `blockType` is set). The text node that holds it is split around it, keeping its
 * format. Null when the number is not there as one stretch of plain text (the text changed since
 * it was found, or it spans a link or formatting): nothing is changed then. Pure: a new value is returned.
 */
export function bindNumberInRichText(richText: unknown, target: NumberTarget, fields: Record<string, unknown>, blockType = 'keyFigure'): JsonObject | null {
  let value = richText
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      return null
    }
  }
  if (!isObject(value)) return null
  const copy = JSON.parse(JSON.stringify(value)) as JsonObject
  const root = isObject(copy.root) ? copy.root : Array.isArray(copy.children) ? copy : null
  if (!root) return null
  // The same walk as findNumbersInRichText, to find block number `target.block`.
  let block = -1
  let done: boolean | null = null
  const contribution = (node: JsonObject): string => {
    if (node.type === 'inlineBlock') return ' '
    if (node.type === 'text') return typeof node.text === 'string' && !((Number(node.format) || 0) & SUPERSCRIPT) ? node.text : ' '
    if (node.type === 'linebreak') return '\n'
    return (Array.isArray(node.children) ? node.children.filter(isObject) : []).map(contribution).join('')
  }
  const visit = (node: JsonObject): void => {
    if (done !== null || node.type === 'inlineBlock' || node.type === 'text') return
    const children = Array.isArray(node.children) ? node.children.filter(isObject) : []
    const isBlock = children.length > 0 && children.every((child) => !Array.isArray(child.children) || child.type === 'link' || child.type === 'autolink')
    if (!(isBlock && node !== root)) {
      children.forEach(visit)
      return
    }
    block += 1
    if (block !== target.block) return
    const text = children.map(contribution).join('')
    const found = findNumbersInText(text).find((number) => number.index === target.index || text.indexOf(number.text, number.index) === target.index)
    if (!found || found.text !== target.text) {
      done = false
      return
    }
    const start = text.indexOf(found.text, target.index)
    let offset = 0
    const list = node.children as unknown[]
    for (let position = 0; position < list.length; position += 1) {
      const child = list[position]
      if (!isObject(child)) continue
      const length = contribution(child).length
      if (start >= offset && start + found.text.length <= offset + length) {
        if (child.type !== 'text' || typeof child.text !== 'string') break
        const local = start - offset
        const before = child.text.slice(0, local)
        const after = child.text.slice(local + found.text.length)
        const figure = { fields: { ...fields, blockType }, format: '', type: 'inlineBlock', version: 1 }
        const pieces = [...(before ? [{ ...child, text: before }] : []), figure, ...(after ? [{ ...child, text: after }] : [])]
        list.splice(position, 1, ...pieces)
        done = true
        return
      }
      offset += length
    }
    done = false
  }
  visit(root)
  return done ? copy : null
}
