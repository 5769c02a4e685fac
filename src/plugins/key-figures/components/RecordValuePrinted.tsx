'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { readRecordValue } from '../engine/index.ts'
import { isUnit, printedRecordValue } from '../unitLabels.ts'
import { pick, toLanguage } from './texts.ts'

const texts = { printed: { en: 'Printed as', nl: 'Zo gedrukt' } }

/** Under a record's value: the value as the report prints it, read as the save will read it. */
export const RecordValuePrinted = () => {
  const value = useFormFields(([fields]) => fields?.value?.value)
  const unit = useFormFields(([fields]) => fields?.unit?.value)
  const { i18n } = useTranslation()
  if (typeof value !== 'string' || !value.trim() || !isUnit(unit)) return null
  const reading = readRecordValue(value, unit)
  if (!reading.ok) return null
  return (
    <p className="record-value-printed" style={{ color: 'var(--theme-elevation-650)', margin: '4px 0 0' }}>
      {`${pick(texts.printed, toLanguage(i18n.language))}: `}
      <strong style={{ fontVariantNumeric: 'tabular-nums' }}>{printedRecordValue(reading.value, unit)}</strong>
    </p>
  )
}
