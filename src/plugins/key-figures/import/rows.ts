import type { FigureUnit } from '../engine/index.ts'
import type { ImportLimits } from './limits.ts'
import type { Table } from './table.ts'

import { FIGURE_UNITS, isFigureUnit, readRecordValue } from '../engine/index.ts'
import { IMPORT_LIMITS } from './limits.ts'
import { type ImportProblem, problem, quote } from './problems.ts'

/** One record as the file gives it, value already in the stored convention ("1552000.00"). */
export type ImportRow = { row: number; key: string; label: string; value: string; unit: FigureUnit }

export type ColumnField = 'key' | 'label' | 'unit' | 'value'

/**
 * Which column holds what: a header as written ("Sleutel") or, in a spreadsheet, a column
 * letter ("B"). Left out, a column is found by its usual names. `unit` may instead be given
 * once for every row with `fixedUnit`.
 */
export type ColumnMapping = Partial<Record<ColumnField, string>> & { fixedUnit?: string }

const USUAL_NAMES: Record<ColumnField, string[]> = {
  key: ['key', 'sleutel', 'code', 'id'],
  label: ['label', 'omschrijving', 'naam', 'name', 'description'],
  unit: ['unit', 'eenheid'],
  value: ['value', 'waarde', 'aantal', 'bedrag', 'amount'],
}

/** Unit names an export may use, in both languages and as signs. */
const UNIT_ALIASES: Record<string, FigureUnit> = {
  '%': 'percent',
  '€': 'euro',
  aantal: 'count',
  decimaal: 'decimal',
  duur: 'duration',
  eur: 'euro',
  minuten: 'duration',
  minutes: 'duration',
  number: 'count',
  procent: 'percent',
}

export const readUnit = (text: string): FigureUnit | null => {
  const name = text.trim().toLowerCase()
  if (isFigureUnit(name)) return name
  return UNIT_ALIASES[name] ?? null
}

export type ValueReading = { ok: true; value: string } | { ok: false; message: { en: string; nl: string } }

/**
 * Reads a value cell with the engine's one reader of record values (`readRecordValue`), the same
 * one REST, GraphQL and the admin go through: plain international notation or the report's
 * printed style, and "1.540" / "1,540" refused as ambiguous. A spreadsheet's number cell is read
 * as its number, exactly (1.234 in a number cell is 1.234: no notation to misread).
 */
export const readValue = (cell: number | string, unit: FigureUnit): ValueReading => {
  const reading = readRecordValue(cell, unit)
  return reading.ok ? reading : { message: reading.reason, ok: false }
}

/** Anything that looks like an HTML tag or comment: `<script`, `</b`, `<!--`, `<img`. */
const MARKUP = /<\s*[/!?]?\s*[a-z]/i
const KEY = /^[\p{L}\p{N}_.-]+$/u

export type MappedTable = { rows: ImportRow[]; problems: ImportProblem[]; columns: Partial<Record<ColumnField, string>> }

/**
 * Gives the table's columns their meaning and checks every row. All problems are collected (up
 * to a few hundred), so an editor fixes a file in one go rather than one error per upload.
 */
export const mapRows = (table: Table, mapping: ColumnMapping = {}, limits: ImportLimits = IMPORT_LIMITS): MappedTable => {
  const problems: ImportProblem[] = []
  const nameOf = (index: number) =>
    table.columnNames ? `${table.columnNames[index]} (${table.header[index] || '—'})` : table.header[index] || `#${index + 1}`

  const find = (field: ColumnField): number => {
    const wanted = mapping[field]
    if (wanted) {
      const byHeader = table.header.findIndex((name) => name.toLowerCase() === wanted.trim().toLowerCase())
      if (byHeader !== -1) return byHeader
      if (table.columnNames) return table.columnNames.indexOf(wanted.trim().toUpperCase())
      return -1
    }
    return table.header.findIndex((name) => USUAL_NAMES[field].includes(name.toLowerCase()))
  }

  let fixedUnit: FigureUnit | null = null
  if (mapping.fixedUnit) {
    fixedUnit = readUnit(mapping.fixedUnit)
    if (!fixedUnit) {
      problems.push(
        problem('unknown-unit', null, null, {
          en: `unit ${quote(mapping.fixedUnit)} given for all rows is unknown; use one of ${FIGURE_UNITS.join(', ')}.`,
          nl: `eenheid ${quote(mapping.fixedUnit)} voor alle rijen is onbekend; gebruik een van ${FIGURE_UNITS.join(', ')}.`,
        }),
      )
    }
  }
  const fields: ColumnField[] = fixedUnit || mapping.fixedUnit ? ['key', 'label', 'value'] : ['key', 'label', 'value', 'unit']
  const index: Partial<Record<ColumnField, number>> = {}
  for (const field of fields) {
    const found = find(field)
    if (found === -1) {
      const seen = table.header.map((name) => quote(name, 40)).join(', ')
      const delimiterHint =
        table.format === 'csv' && table.header.length === 1
          ? {
              en: ' Only one column was found: the separator is not ; , or tab.',
              nl: ' Er werd maar één kolom gevonden: het scheidingsteken is geen ; , of tab.',
            }
          : { en: '', nl: '' }
      const asked = mapping[field] ? quote(mapping[field] as string) : USUAL_NAMES[field].map((name) => quote(name)).join(' / ')
      problems.push(
        problem('missing-column', 1, field, {
          en: `no column ${asked} for the ${field} in the header (found: ${seen}).${delimiterHint.en}${field === 'unit' ? ' Or give one unit for all rows.' : ''}`,
          nl: `geen kolom ${asked} voor ${{ key: 'de sleutel', label: 'het label', unit: 'de eenheid', value: 'de waarde' }[field]} in de kopregel (gevonden: ${seen}).${delimiterHint.nl}${field === 'unit' ? ' Of geef één eenheid voor alle rijen.' : ''}`,
        }),
      )
    } else index[field] = found
  }
  const columns = Object.fromEntries(Object.entries(index).map(([field, at]) => [field, nameOf(at as number)])) as MappedTable['columns']
  if (problems.length) return { columns, problems, rows: [] }
  if (table.rows.length === 0) {
    return {
      columns,
      problems: [problem('no-rows', 2, table.header[0] || 'A', { en: 'the file has a header but no data rows.', nl: 'het bestand heeft een kopregel maar geen datarijen.' })],
      rows: [],
    }
  }
  if (table.rows.length > limits.maxRows) {
    return {
      columns,
      problems: [
        problem('too-many-rows', table.rows[limits.maxRows].row, nameOf(0), {
          en: `the file has ${table.rows.length} data rows; at most ${limits.maxRows} rows can be imported at once. Split the file.`,
          nl: `het bestand heeft ${table.rows.length} datarijen; er kunnen hoogstens ${limits.maxRows} rijen in één keer geïmporteerd worden. Splits het bestand.`,
        }),
      ],
      rows: [],
    }
  }

  const rows: ImportRow[] = []
  const firstRowOfKey = new Map<string, number>()
  const MAX_PROBLEMS = 200
  for (const { cells, numbers, row } of table.rows) {
    if (problems.length >= MAX_PROBLEMS) break
    const cell = (field: ColumnField) => (cells[index[field] as number] ?? '').trim()
    const at = (field: ColumnField) => nameOf(index[field] as number)
    let ok = true
    const fail = (code: ImportProblem['code'], field: ColumnField, message: { en: string; nl: string }) => {
      problems.push(problem(code, row, at(field), message))
      ok = false
    }

    const key = cell('key')
    if (!key) fail('invalid-key', 'key', { en: 'the key is empty.', nl: 'de sleutel is leeg.' })
    else if (key.length > limits.maxKeyLength) {
      fail('invalid-key', 'key', {
        en: `the key is ${key.length} characters long; at most ${limits.maxKeyLength}.`,
        nl: `de sleutel is ${key.length} tekens lang; hoogstens ${limits.maxKeyLength}.`,
      })
    } else if (!KEY.test(key)) {
      fail('invalid-key', 'key', {
        en: `key ${quote(key)} may only hold letters, digits, dots, hyphens and underscores.`,
        nl: `sleutel ${quote(key)} mag alleen letters, cijfers, punten, streepjes en underscores bevatten.`,
      })
    } else if (firstRowOfKey.has(key)) {
      fail('duplicate-key', 'key', {
        en: `key ${quote(key)} occurs twice: also on row ${firstRowOfKey.get(key)}. Every key may occur once.`,
        nl: `sleutel ${quote(key)} komt twee keer voor: ook op rij ${firstRowOfKey.get(key)}. Elke sleutel mag één keer voorkomen.`,
      })
    } else firstRowOfKey.set(key, row)

    const label = cell('label')
    if (!label) fail('missing-value', 'label', { en: 'the label is empty.', nl: 'het label is leeg.' })
    else if (label.length > limits.maxLabelLength) {
      fail('label-too-long', 'label', {
        en: `the label is ${label.length} characters long; at most ${limits.maxLabelLength} are allowed.`,
        nl: `het label is ${label.length} tekens lang; hoogstens ${limits.maxLabelLength} zijn toegelaten.`,
      })
    } else if (MARKUP.test(label)) {
      // Refused rather than cleaned: a label is data, and silently changing it would import
      // something else than the file says. Labels are plain text everywhere they are shown.
      fail('markup-in-label', 'label', {
        en: `the label ${quote(label)} contains HTML markup (<…>); labels are plain text. Remove the tags.`,
        nl: `het label ${quote(label)} bevat HTML-opmaak (<…>); labels zijn platte tekst. Verwijder de tags.`,
      })
    }

    let unit: FigureUnit | null = fixedUnit
    if (!unit) {
      const unitText = cell('unit')
      unit = readUnit(unitText)
      if (!unit) {
        fail('unknown-unit', 'unit', {
          en: unitText
            ? `unit ${quote(unitText)} is unknown; use one of ${FIGURE_UNITS.join(', ')}.`
            : `the unit is empty; use one of ${FIGURE_UNITS.join(', ')}.`,
          nl: unitText
            ? `eenheid ${quote(unitText)} is onbekend; gebruik een van ${FIGURE_UNITS.join(', ')}.`
            : `de eenheid is leeg; gebruik een van ${FIGURE_UNITS.join(', ')}.`,
        })
      }
    }

    const valueText = cell('value')
    let value = ''
    const reading = readValue(numbers?.[index.value as number] ?? valueText, unit ?? 'decimal')
    if (reading.ok) value = reading.value
    else fail(valueText ? 'non-numeric-value' : 'missing-value', 'value', reading.message)

    if (ok && unit) rows.push({ key, label, row, unit, value })
  }
  return { columns, problems, rows }
}
