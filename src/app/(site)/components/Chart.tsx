import React from 'react'

import type { ChartSpec } from '../lib/chartData'

import { type ChartColours, chartSvg, partColours } from '../lib/renderChart'

/**
 * A chart from the data: the SVG (server-rendered, an image whose text alternative is made from
 * the data), its source, and the numbers as a table one click away.
 */
export const Chart = ({ chart, colours, headingLevel = 3 }: { chart: ChartSpec; colours: ChartColours; headingLevel?: 2 | 3 | 4 }) => {
  const Heading = `h${headingLevel}` as 'h3'
  const svg = chartSvg(chart, colours)
  return (
    <figure className={`chart chart--${chart.kind}`} data-chart={chart.kind} id={`grafiek-${chart.id}`}>
      <Heading className="chart__title">{chart.title}</Heading>
      {chart.total ? <p className="chart__total">Totaal: {chart.total.formatted}</p> : null}
      <div aria-label={chart.alt} className="chart__image" dangerouslySetInnerHTML={{ __html: svg }} role="img" />
      {chart.kind === 'parts' && chart.points.length <= 3 ? (
        <ul aria-hidden="true" className="chart__legend">
          {chart.points.map((point, index) => (
            <li key={point.key}>
              <span className="chart__swatch" style={{ background: partColours(colours)[index % 3] }} />
              {point.label}: <strong>{point.formatted}</strong>
              {point.share ? ` (${point.share})` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      <figcaption>
        <p className="chart__source">
          Bron: tabel ‘{chart.dataset.title}’{chart.dataset.period ? ` (${chart.dataset.period})` : ''}.
        </p>
        <details className="chart__table">
        <summary>Toon de cijfers als tabel</summary>
        <table>
          <caption className="visually-hidden">{chart.title}</caption>
          <thead>
            <tr>
              <th scope="col">{chart.kind === 'series' ? 'Jaar' : 'Deel'}</th>
              <th scope="col">Waarde</th>
              {chart.kind === 'parts' ? <th scope="col">Aandeel</th> : null}
            </tr>
          </thead>
          <tbody>
            {chart.points.map((point) => (
              <tr key={point.key}>
                <th scope="row">{point.label}</th>
                <td>{point.formatted}</td>
                {chart.kind === 'parts' ? <td>{point.share ?? ''}</td> : null}
              </tr>
            ))}
          </tbody>
          {chart.total ? (
            <tfoot>
              <tr>
                <th scope="row">Totaal</th>
                <td>{chart.total.formatted}</td>
                {chart.kind === 'parts' ? <td>100%</td> : null}
              </tr>
            </tfoot>
          ) : null}
        </table>
        </details>
      </figcaption>
    </figure>
  )
}
