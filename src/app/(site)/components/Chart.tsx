import Decimal from 'decimal.js'
import React from 'react'

import type { ChartData } from '../lib/charts'

const share = (value: string, max: Decimal): number => (max.isZero() ? 0 : new Decimal(value).div(max).toNumber())

/**
 * A plain SVG chart with a title and description for assistive technology, and the same numbers
 * as a table underneath (the accessible alternative, and what a reader can copy).
 */
export const Chart = ({ chart, headingLevel = 3 }: { chart: ChartData; headingLevel?: 2 | 3 }) => {
  const Heading = `h${headingLevel}` as 'h3'
  const titleId = `grafiek-${chart.id}-titel`
  const descId = `grafiek-${chart.id}-omschrijving`
  const max = Decimal.max(...chart.points.map((point) => point.value), 0)
  return (
    <figure className="chart" id={`grafiek-${chart.id}`}>
      <Heading className="chart__title">{chart.title}</Heading>
      {chart.kind === 'columns' ? <Columns chart={chart} descId={descId} max={max} titleId={titleId} /> : <Bars chart={chart} descId={descId} max={max} titleId={titleId} />}
      <figcaption>
        {chart.description} Bron: {chart.datasetTitle}.
      </figcaption>
      <details className="chart__table">
        <summary>Bekijk de cijfers als tabel</summary>
        <table>
          <caption>{chart.title}</caption>
          <thead>
            <tr>
              <th scope="col">{chart.kind === 'columns' ? 'Jaar' : 'Categorie'}</th>
              <th scope="col">Waarde</th>
            </tr>
          </thead>
          <tbody>
            {chart.points.map((point) => (
              <tr key={point.key}>
                <th scope="row">{point.label}</th>
                <td>{point.formatted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}

type PartProps = { chart: ChartData; descId: string; max: Decimal; titleId: string }

const Columns = ({ chart, descId, max, titleId }: PartProps) => {
  const width = 640
  const height = 280
  const top = 24
  const bottom = 32
  const slot = width / chart.points.length
  const plot = height - top - bottom
  return (
    <svg aria-labelledby={`${titleId} ${descId}`} className="chart__svg" role="img" viewBox={`0 0 ${width} ${height}`}>
      <title id={titleId}>{chart.title}</title>
      <desc id={descId}>{chart.points.map((point) => `${point.label}: ${point.formatted}`).join('; ')}</desc>
      <line className="chart__axis" x1={0} x2={width} y1={height - bottom} y2={height - bottom} />
      {chart.points.map((point, index) => {
        const barHeight = share(point.value, max) * plot
        const x = index * slot + slot * 0.15
        return (
          <g key={point.key}>
            <rect className="chart__bar" height={barHeight} width={slot * 0.7} x={x} y={height - bottom - barHeight} />
            <text className="chart__value" textAnchor="middle" x={x + slot * 0.35} y={height - bottom - barHeight - 6}>
              {point.formatted}
            </text>
            <text className="chart__label" textAnchor="middle" x={x + slot * 0.35} y={height - bottom + 20}>
              {point.label}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

const Bars = ({ chart, descId, max, titleId }: PartProps) => {
  const width = 640
  const row = 30
  const labelWidth = 260
  const valueWidth = 60
  const height = chart.points.length * row + 8
  const plot = width - labelWidth - valueWidth
  return (
    <svg aria-labelledby={`${titleId} ${descId}`} className="chart__svg" role="img" viewBox={`0 0 ${width} ${height}`}>
      <title id={titleId}>{chart.title}</title>
      <desc id={descId}>{chart.points.map((point) => `${point.label}: ${point.formatted}`).join('; ')}</desc>
      {chart.points.map((point, index) => {
        const barWidth = share(point.value, max) * plot
        const y = index * row + 4
        return (
          <g key={point.key}>
            <text className="chart__label" dominantBaseline="middle" textAnchor="end" x={labelWidth - 8} y={y + row / 2 - 2}>
              {point.label.length > 38 ? `${point.label.slice(0, 36)}…` : point.label}
            </text>
            <rect className="chart__bar" height={row - 10} width={Math.max(barWidth, 1)} x={labelWidth} y={y + 3} />
            <text className="chart__value" dominantBaseline="middle" x={labelWidth + barWidth + 6} y={y + row / 2 - 2}>
              {point.formatted}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
