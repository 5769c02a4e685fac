import type { Metadata } from 'next'

import React from 'react'

import type { Practice } from '../../../payload-types'

import { formatLabels, PracticeList, recognitionLabels } from '../components/Practices'
import { apiGet, type List, type Query } from '../lib/api'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Praktijken' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

/**
 * The practices, filtered by recognition and format through query parameters (`?erkenning=erkend&formaat=video`):
 * a plain GET form, so the filter works without JavaScript and a filtered list can be linked to.
 */
export default async function PracticesPage({ searchParams }: Props) {
  const params = await searchParams
  const recognition = one(params.erkenning)
  const format = one(params.formaat)
  const validRecognition = recognition in recognitionLabels ? recognition : ''
  const validFormat = format in formatLabels ? format : ''
  const query: Query = { depth: 0, limit: 200, sort: 'name' }
  let condition = 0
  if (validRecognition) query[`where[and][${condition++}][recognition][equals]`] = validRecognition
  if (validFormat) query[`where[and][${condition++}][formats][in]`] = validFormat
  const { docs: practices, totalDocs } = await apiGet<List<Practice>>('/practices', query)

  return (
    <>
      <h1>Praktijken</h1>
      <form action="/praktijken" className="filters" method="get" role="search" aria-label="Praktijken filteren">
        <label>
          Erkenning
          <select defaultValue={validRecognition} name="erkenning">
            <option value="">Alle</option>
            {Object.entries(recognitionLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Formaat
          <select defaultValue={validFormat} name="formaat">
            <option value="">Alle</option>
            {Object.entries(formatLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Filter</button>
        {validRecognition || validFormat ? <a href="/praktijken">Wis filters</a> : null}
      </form>
      <p aria-live="polite" className="result-count">
        {totalDocs === 1 ? '1 praktijk' : `${totalDocs} praktijken`}
        {validRecognition ? ` · ${recognitionLabels[validRecognition as Practice['recognition']].toLowerCase()}` : ''}
        {validFormat ? ` · ${formatLabels[validFormat as keyof typeof formatLabels].toLowerCase()}` : ''}
      </p>
      {practices.length === 0 ? <p>Geen praktijken voor deze filter.</p> : <PracticeList headingLevel={2} practices={practices} />}
    </>
  )
}
