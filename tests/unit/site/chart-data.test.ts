import { describe, expect, it } from '@jest/globals'

import type { DatasetView } from '../../../src/app/(site)/lib/chartData'
import type { FigureView } from '../../../src/app/(site)/lib/receipts'

import { deriveCharts, shortLabels } from '../../../src/app/(site)/lib/chartData'
import { renderChartSvg } from '../../../src/app/(site)/lib/renderChart'
import { datasets } from '../../../src/seed/data'

/** A seed dataset as the content API gives it (footing rules with their records populated). */
const view = (slug: string): DatasetView => {
  const seed = datasets.find((dataset) => dataset.slug === slug)!
  const byKey = new Map(seed.records.map((record) => [record.key, { key: record.key, label: record.label, unit: record.unit, value: record.value }]))
  return {
    footingRules: (seed.footing ?? []).map((rule) => ({ label: rule.label, parts: rule.parts.map((key) => byKey.get(key)!), total: byKey.get(rule.total)! })),
    period: seed.period,
    records: [...byKey.values()],
    slug: seed.slug,
    title: seed.title,
  }
}

/** A figure bound to records of one dataset, as `resolved` carries it. */
const figureOn = (slug: string, keys: string[]): FigureView => ({
  label: keys.join('+'),
  resolved: {
    datasetVersion: 1,
    formatted: '1',
    label: 'x',
    matches: true,
    shown: '1',
    source: { dataset: { period: '2024', slug, title: slug }, operation: keys.length > 1 ? 'sum' : 'record', records: keys.map((key) => ({ key, label: key, value: '1' })) },
    unit: 'count',
    value: '1',
    verifiedAt: null,
  } as NonNullable<FigureView['resolved']>,
  shown: '1',
})

/** The seed's `series` figure of the FTE evolution as the content API resolves it: one value per period. */
const vteSeries = (): FigureView => {
  const periods = datasets.filter((dataset) => dataset.series === 'personeel-vte')
  return {
    label: 'Evolutie personeelsbestand (VTE op payroll)',
    resolved: {
      datasetVersion: null,
      formatted: '12,80',
      label: 'Evolutie personeelsbestand (VTE op payroll)',
      matches: true,
      periods: { comparedWith: null, values: periods.map((dataset) => ({ period: dataset.period, value: dataset.records[0].value })) },
      shown: '12,80',
      source: { dataset: periods.map((dataset) => ({ period: dataset.period, slug: dataset.slug, title: dataset.title })), operation: 'series', records: periods.map((dataset) => ({ key: 'vte', label: 'VTE op payroll', value: dataset.records[0].value })) },
      unit: 'decimal',
      value: '12.80',
      verifiedAt: null,
    } as NonNullable<FigureView['resolved']>,
    shown: '12,80',
  }
}

describe('deriveCharts', () => {
  it('draws 85 = 42 erkend + 43 niet-erkend as a parts-of-a-total chart when a figure shows the total', () => {
    const charts = deriveCharts([figureOn('praktijken-2024', ['praktijken.totaal'])], [view('praktijken-2024')])
    expect(charts).toHaveLength(1)
    const [chart] = charts
    expect(chart.kind).toBe('parts')
    expect(chart.total?.formatted).toBe('85')
    expect(chart.points.map((point) => [point.label, point.formatted, point.share])).toEqual([
      ['Erkende organisaties', '42', '49%'],
      ['Niet-erkende organisaties', '43', '51%'],
    ])
    expect(chart.alt).toBe('Ontsloten praktijken en initiatieven: 85 in totaal, waarvan erkende organisaties 42 (49%) en niet-erkende organisaties 43 (51%).')
  })

  it('draws every footing rule a figure touches (the erkend figure is the total of one rule and a part of another)', () => {
    const charts = deriveCharts([figureOn('praktijken-2024', ['praktijken.erkend'])], [view('praktijken-2024')])
    expect(charts.map((chart) => chart.total?.key)).toEqual(['praktijken.totaal', 'praktijken.erkend'])
    expect(charts[1].points.map((point) => point.label)).toEqual(['Video', 'Podcast', 'Artikels', 'Vormingsaanbod'])
  })

  it('draws the FTE evolution 2013-2024 (a series figure over twelve periods) as a chart, oldest first, values exact and formatted nl-BE', () => {
    const charts = deriveCharts([vteSeries()], [view('personeel-vte-2024')])
    expect(charts).toHaveLength(1)
    const [chart] = charts
    expect(chart.kind).toBe('series')
    expect(chart.points.map((point) => point.label)).toEqual(['2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'])
    expect(chart.points[0].formatted).toMatch(/^13,8/)
    expect(chart.alt).toBe('Evolutie personeelsbestand (VTE op payroll), 2013 tot 2024: van 13,80 in 2013 naar 12,80 in 2024; het hoogst in 2020 (16,50), het laagst in 2021 (12,70).')
  })

  it('draws nothing for a dataset no figure of the page uses, nor for a figure without records', () => {
    expect(deriveCharts([figureOn('praktijken-2024', ['praktijken.totaal'])], [view('personeel-vte-2024')])).toEqual([])
    // One period of the series, shown as a record, is no chart.
    expect(deriveCharts([figureOn('personeel-vte-2024', ['vte'])], [view('personeel-vte-2024')])).toEqual([])
    expect(deriveCharts([{ label: 'los', shown: '178' }], [view('praktijken-2024')])).toEqual([])
  })
})

describe('shortLabels', () => {
  it.each([
    [['Deelnemers secundaire doelgroep: cultuur', 'Deelnemers secundaire doelgroep: welzijn'], ['Cultuur', 'Welzijn']],
    [['Erkend: video', 'Erkend: podcast'], ['Video', 'Podcast']],
    [['Deelnemers primaire doelgroep erkend', 'Deelnemers primaire doelgroep niet-erkend'], ['Erkend', 'Niet-erkend']],
    [['Alpha', 'Beta'], ['Alpha', 'Beta']],
    [['Totaal', 'Totaal per jaar'], ['Totaal', 'Totaal per jaar']],
  ])('%j -> %j', (labels, expected) => {
    expect(shortLabels(labels)).toEqual(expected)
  })
})

describe('renderChartSvg', () => {
  const colours = { accent: '#f2b134', grid: '#ddd', ink: '#1b1d21', muted: '#6b6b6b', primary: '#0b5d6b' }

  it('draws a server-side SVG whose labels are the nl-BE formatted exact values', () => {
    const [chart] = deriveCharts([vteSeries()], [])
    const svg = renderChartSvg(chart, colours)
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).toContain('viewBox=')
    for (const point of chart.points) expect(svg).toContain(`>${point.formatted}<`)
    expect(svg).not.toMatch(/<script/i)
  })

  it('splits one bar for a total of a few parts, each part showing its value', () => {
    const [chart] = deriveCharts([figureOn('praktijken-2024', ['praktijken.totaal'])], [view('praktijken-2024')])
    const svg = renderChartSvg(chart, colours)
    expect(svg).toContain('>42<')
    expect(svg).toContain('>43<')
    expect(svg).toContain('fill="#0b5d6b"')
    expect(svg).toContain('fill="#f2b134"')
  })
})
