'use client'

import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

import { printedRecordValue } from '../unitLabels.ts'

/** A record's value in the records list as the report prints it (`1.552.000,00 €`, not `1552000.00`). */
export const RecordValueCell = ({ cellData, rowData }: DefaultCellComponentProps) => (
  <span className="record-value-cell" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
    {printedRecordValue(cellData, (rowData as { unit?: unknown } | undefined)?.unit)}
  </span>
)
