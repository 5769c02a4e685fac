import type { Metadata } from 'next'

import React from 'react'

import type { Practice } from '../../../payload-types'

import { Pager } from '../components/Pager'
import { formatLabels, PracticeList, recognitionLabels } from '../components/Practices'
import { apiGet, type List, type Query } from '../lib/api'
import { one, pageNumber, type Params } from '../lib/paging'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Praktijken' }

const PER_PAGE = 12

type Props = { searchParams: Promise<Params> }

/**
 * The practices, filtered by region, recognition and format and paged through query parameters
 * (`?regio=Gent&erkenning=erkend&formaat=video&pagina=2`): a plain GET form, so it works
 * without JavaScript and every filtered page can be linked to.
 */
export default async function PracticesPage({ searchParams }: Props) {
  const params = await searchParams
  const { docs: all } = await apiGet<List<Pick<Practice, 'id' | 'region'>>>('/practices', { depth: 0, limit: 1000, 'select[region]': true })
  const regions = [...new Set(all.map((practice) => practice.region?.trim()).filter((region): region is string => Boolean(region)))].sort((a, b) => a.localeCompare(b, 'nl-BE'))
  const region = regions.includes(one(params.regio)) ? one(params.regio) : ''
  const recognition = one(params.erkenning) in recognitionLabels ? one(params.erkenning) : ''
  const format = one(params.formaat) in formatLabels ? one(params.formaat) : ''
  const filters = { erkenning: recognition, formaat: format, regio: region }
  const query: Query = { depth: 0, limit: PER_PAGE, page: pageNumber(params.pagina), sort: 'name' }
  let condition = 0
  if (region) query[`where[and][${condition++}][region][equals]`] = region
  if (recognition) query[`where[and][${condition++}][recognition][equals]`] = recognition
  if (format) query[`where[and][${condition++}][formats][in]`] = format
  const list = await apiGet<List<Practice> & { page: number; totalPages: number }>('/practices', query)
  const filtered = Boolean(region || recognition || format)

  return (
    <div className="page page--wide">
      <header className="page-header">
        <h1>Praktijken</h1>
        <p className="lead">Organisaties, praktijken en initiatieven die we in beeld brachten in artikels, video&apos;s, podcasts en ons vormingsaanbod.</p>
      </header>
      <form action="/praktijken" aria-label="Praktijken filteren" className="filters" method="get" role="search">
        <label>
          Regio
          <select defaultValue={region} name="regio">
            <option value="">Alle regio&apos;s</option>
            {regions.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <label>
          Erkenning
          <select defaultValue={recognition} name="erkenning">
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
          <select defaultValue={format} name="formaat">
            <option value="">Alle formaten</option>
            {Object.entries(formatLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button className="button" type="submit">
          Filter
        </button>
        {filtered ? <a href="/praktijken">Wis filters</a> : null}
      </form>
      <p className="result-count">
        {list.totalDocs === 1 ? '1 praktijk' : `${list.totalDocs} praktijken`}
        {list.totalPages > 1 ? ` · pagina ${list.page} van ${list.totalPages}` : ''}
      </p>
      {list.docs.length === 0 ? <p>Geen praktijken voor deze filter.</p> : <PracticeList headingLevel={2} practices={list.docs} />}
      <Pager filters={filters} page={list.page} path="/praktijken" totalPages={list.totalPages} />
    </div>
  )
}
