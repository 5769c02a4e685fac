/** A file read into cells, before any meaning is given to them. */
export type Table = {
  format: 'csv' | 'xlsx'
  /** CSV only: the separator found in the header line. */
  delimiter?: ',' | ';' | '\t'
  /** Header cells as written (trimmed), in column order. */
  header: string[]
  /** Spreadsheet column names ("A", "B", ...) for XLSX, to name a cell the way Excel does. */
  columnNames?: string[]
  /**
   * Data rows; `row` is the 1-based row number in the file (the header is row 1). XLSX also gives
   * `numbers`: the number a cell holds where it holds one (a number has no notation to misread).
   */
  rows: { row: number; cells: string[]; numbers?: (number | undefined)[] }[]
}

/** "A", "B", ... "Z", "AA": the name Excel gives the column at a 0-based index. */
export const columnLetter = (index: number): string => {
  let name = ''
  let rest = index + 1
  while (rest > 0) {
    const digit = (rest - 1) % 26
    name = String.fromCharCode(65 + digit) + name
    rest = Math.floor((rest - 1) / 26)
  }
  return name
}
