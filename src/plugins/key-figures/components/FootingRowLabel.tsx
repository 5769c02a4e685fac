'use client'

import { useConfig, useRowLabel, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { type FootingRecord, footingSummary } from './footingSummary.ts'
import { pick, toLanguage } from './texts.ts'

type Row = { label?: null | string; parts?: unknown; total?: unknown }

const idOf = (value: unknown): null | string => {
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  if (value && typeof value === 'object' && 'value' in value) return idOf((value as { value: unknown }).value)
  return typeof value === 'number' || typeof value === 'string' ? String(value) : null
}

const texts = {
  holds: { en: 'adds up', nl: 'klopt' },
  rule: { en: 'Footing rule', nl: 'Voettelling' },
  sum: { en: 'the parts make', nl: 'de delen maken' },
}

/**
 * Row label of a dataset's footing rule: "Deelnemers: Totaal (1.540) = Lager (800) + Secundair (740) ✓",
 * or ✗ with what the parts make, from the records' current values.
 */
export const FootingRowLabel = () => {
  const { data, rowNumber } = useRowLabel<Row | undefined>()
  const { i18n } = useTranslation()
  const language = toLanguage(i18n.language)
  const {
    config: { routes, serverURL },
  } = useConfig()
  const totalId = idOf(data?.total)
  const partIds = (Array.isArray(data?.parts) ? data.parts : []).map(idOf).filter((id): id is string => id !== null)
  const ids = [totalId, ...partIds].filter((id): id is string => id !== null)
  const key = ids.join(',')
  const [records, setRecords] = useState<Map<string, FootingRecord>>(new Map())

  useEffect(() => {
    if (!key) return
    const controller = new AbortController()
    const query = key
      .split(',')
      .map((id, index) => `where[id][in][${index}]=${encodeURIComponent(id)}`)
      .join('&')
    fetch(`${serverURL ?? ''}${routes.api}/dataset-records?${query}&depth=0&limit=${key.split(',').length}&select[label]=true&select[key]=true&select[value]=true&select[unit]=true`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: null | { docs?: (FootingRecord & { id: number | string })[] }) =>
        setRecords(new Map((body?.docs ?? []).map((record) => [String(record.id), record]))),
      )
      .catch(() => undefined)
    return () => controller.abort()
  }, [key, routes.api, serverURL])

  const label = (data?.label ?? '').trim() || `${pick(texts.rule, language)} ${typeof rowNumber === 'number' ? rowNumber + 1 : ''}`.trim()
  if (!totalId) return <span>{label}</span>
  const summary = footingSummary(records.get(totalId), partIds.map((id) => records.get(id)))
  const mark = summary.holds === true ? '✓' : summary.holds === false ? '✗' : ''
  return (
    <span className="footing-row-label" data-holds={summary.holds === null ? 'unknown' : String(summary.holds)} style={{ whiteSpace: 'normal' }}>
      <strong>{label}</strong>
      {`: ${summary.text} `}
      {mark ? (
        <span style={{ color: summary.holds ? 'var(--theme-success-750)' : 'var(--theme-error-750)', fontWeight: 700 }} title={summary.holds ? pick(texts.holds, language) : undefined}>
          {mark}
        </span>
      ) : null}
      {summary.holds === false && summary.sum ? <span style={{ color: 'var(--theme-error-750)' }}>{` (${pick(texts.sum, language)} ${summary.sum})`}</span> : null}
    </span>
  )
}
