import type { ImportLimits } from './limits.ts'
import type { Table } from './table.ts'

import { IMPORT_LIMITS } from './limits.ts'
import { ImportFileError, problem } from './problems.ts'

const DELIMITERS = [';', '\t', ','] as const
type Delimiter = (typeof DELIMITERS)[number]

/**
 * Whether bytes are text at all. A spreadsheet, a PDF or an image renamed to .csv has NUL bytes
 * or is not valid UTF-8 (a zip, which an .xlsx is, starts with "PK\x03\x04").
 */
type BinaryFinding = { row: number; column: number; message: { en: string; nl: string } }

/** Row and character position (1-based) of a byte offset, counting line breaks before it. */
const positionOf = (bytes: Uint8Array, offset: number) => {
  let row = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a || (bytes[index] === 0x0d && bytes[index + 1] !== 0x0a)) {
      row++
      lineStart = index + 1
    }
  }
  return { column: offset - lineStart + 1, row }
}

export const binaryReason = (bytes: Uint8Array): BinaryFinding | null => {
  const at = (offset: number, message: BinaryFinding['message']): BinaryFinding => ({ ...positionOf(bytes, offset), message })
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return at(0, {
      en: 'this is not a CSV text file but a binary (zip) file, e.g. an Excel workbook renamed to .csv. Upload it as .xlsx or save it as CSV.',
      nl: 'dit is geen CSV-tekstbestand maar een binair (zip-)bestand, bv. een Excel-werkmap die .csv genoemd werd. Laad het op als .xlsx of bewaar het als CSV.',
    })
  }
  const nul = bytes.subarray(0, 64 * 1024).indexOf(0)
  if (nul !== -1) {
    return at(nul, {
      en: `this is a binary file, not CSV text: byte ${nul + 1} is a NUL byte. Upload a CSV (text) or an .xlsx workbook.`,
      nl: `dit is een binair bestand, geen CSV-tekst: byte ${nul + 1} is een NUL-byte. Laad een CSV (tekst) of een .xlsx-werkmap op.`,
    })
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const offset = firstInvalidUtf8(bytes)
    return at(offset, {
      en: `the file is not UTF-8 text (byte ${offset + 1} is not valid UTF-8). Save the CSV as "CSV UTF-8" and try again.`,
      nl: `het bestand is geen UTF-8-tekst (byte ${offset + 1} is geen geldige UTF-8). Bewaar de CSV als "CSV UTF-8" en probeer opnieuw.`,
    })
  }
  return null
}

/** Offset of the first byte that does not start a valid UTF-8 sequence. */
const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0
    if (length === 0) return index
    for (let next = 1; next < length; next++) if ((bytes[index + next] & 0xc0) !== 0x80) return index
    index += length
  }
  return 0
}

/** Counts each candidate separator in the first record, outside quotes; the most frequent wins. */
const detectDelimiter = (text: string): Delimiter | null => {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((delimiter) => [delimiter, 0]))
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && counts.has(char as Delimiter)) counts.set(char as Delimiter, (counts.get(char as Delimiter) ?? 0) + 1)
  }
  let best: Delimiter | null = null
  for (const delimiter of DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) best = delimiter
  }
  return best
}

export const emptyFile = problem('empty-file', 1, 'key', {
  en: 'the file is empty: row 1 must be a header with the columns key, label, value and unit.',
  nl: 'het bestand is leeg: rij 1 moet een kopregel zijn met de kolommen key, label, value en unit.',
})

/**
 * Reads CSV text (RFC 4180 plus what spreadsheets write): a UTF-8 byte-order mark, `;`, `,` or
 * tab as separator (found in the header), quoted fields with `""` for a quote and line breaks
 * inside, and `\r\n`, `\n` or `\r` line endings, mixed in one file. Rows are numbered as a
 * spreadsheet would show them; empty lines are skipped but keep their number.
 */
export const readCsv = (bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): Table => {
  if (bytes.length === 0) {
    throw new ImportFileError([emptyFile])
  }
  if (bytes.length > limits.maxBytes) {
    throw new ImportFileError([
      problem('file-too-large', null, null, {
        en: `the file is ${bytes.length} bytes; at most ${limits.maxBytes} bytes can be imported at once.`,
        nl: `het bestand is ${bytes.length} bytes groot; er kan hoogstens ${limits.maxBytes} bytes in één keer geïmporteerd worden.`,
      }),
    ])
  }
  const binary = binaryReason(bytes)
  if (binary) throw new ImportFileError([problem('binary-file', binary.row, String(binary.column), binary.message)])

  let text = new TextDecoder('utf-8').decode(bytes)
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.trim() === '') throw new ImportFileError([emptyFile])
  // Without any separator the header is one column: the mapping then says which columns it lacks.
  const delimiter = detectDelimiter(text) ?? ';'

  const records: { row: number; cells: string[] }[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let wasQuoted = false
  let row = 1
  let quoteStartRow = 1
  let quoteStartColumn = 1
  const endCell = () => {
    cells.push(wasQuoted ? cell : cell.trim())
    cell = ''
    wasQuoted = false
  }
  const endRecord = () => {
    endCell()
    if (cells.some((value) => value !== '')) {
      records.push({ cells, row })
      // header + maxRows data rows; one more is enough to know the file is over the limit.
      if (records.length > limits.maxRows + 1) {
        throw new ImportFileError([
          problem('too-many-rows', row, records[0].cells[0] || null, {
            en: `the file has more than ${limits.maxRows} data rows; at most ${limits.maxRows} rows can be imported at once. Split the file.`,
            nl: `het bestand heeft meer dan ${limits.maxRows} datarijen; er kunnen hoogstens ${limits.maxRows} rijen in één keer geïmporteerd worden. Splits het bestand.`,
          }),
        ])
      }
    }
    cells = []
    row++
  }

  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"'
          index++
        } else quoted = false
      } else cell += char
      continue
    }
    if (char === '"' && cell.trim() === '') {
      quoted = true
      wasQuoted = true
      cell = ''
      quoteStartRow = row
      quoteStartColumn = cells.length + 1
    } else if (char === delimiter) endCell()
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index++
      endRecord()
    } else cell += char
  }
  if (quoted) {
    throw new ImportFileError([
      problem('unterminated-quote', quoteStartRow, records[0]?.cells[quoteStartColumn - 1] || String(quoteStartColumn), {
        en: 'a quoted field opened here is never closed (a " is missing).',
        nl: 'een veld dat hier met " opent, wordt nooit gesloten (er ontbreekt een ").',
      }),
    ])
  }
  if (cell !== '' || cells.length > 0) endRecord()

  const [header, ...rows] = records
  return { delimiter, format: 'csv', header: header.cells.map((value) => value.trim()), rows }
}
