import React from 'react'

import type { ChartColours } from '../lib/renderChart'
import type { ChartSpec } from '../lib/chartData'

import { Chart } from './Chart'

/** The charts of a page (or of one part of the printed report) under one heading ("In beeld"), or nothing. */
export const Charts = ({ charts, colours, idPrefix = '' }: { charts: ChartSpec[]; colours: ChartColours; idPrefix?: string }) =>
  charts.length === 0 ? null : (
    <section aria-labelledby={`${idPrefix}grafieken-titel`} className="charts">
      <h2 id={`${idPrefix}grafieken-titel`}>In beeld</h2>
      <div className="charts__grid">
        {charts.map((chart) => (
          <Chart chart={chart} colours={colours} key={chart.id} />
        ))}
      </div>
    </section>
  )
