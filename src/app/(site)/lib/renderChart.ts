import { BarChart } from 'echarts/charts'
import { GridComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

import type { ChartSpec } from './chartData'

echarts.use([BarChart, GridComponent, SVGRenderer])

export type ChartColours = { primary: string; accent: string; ink: string; muted: string; grid: string }

/** The colours of the parts of a split bar, in order (the page's legend uses the same). */
export const partColours = (colours: ChartColours) => [colours.primary, colours.accent, colours.muted]

// The page's own font (next/font gives it a generated family name): SVG text inherits it.
const FONT = 'inherit'

/**
 * The chart as static SVG, drawn by Apache ECharts on the server (no DOM, no client script).
 * ECharts does all the layout; it gets plain numbers for the geometry only, and every label it
 * prints is the engine's nl-BE formatting of the exact value.
 */
export const renderChartSvg = (chart: ChartSpec, colours: ChartColours): string => {
  const formatted = chart.points.map((point) => point.formatted)
  const values = chart.points.map((point) => Number(point.value))
  const text = { color: colours.ink, fontFamily: FONT, fontSize: 14 }
  const common = { animation: false, aria: { enabled: false }, textStyle: text }
  let width = 640
  let height = 320
  let option: Record<string, unknown>
  if (chart.kind === 'series') {
    option = {
      ...common,
      grid: { bottom: 36, containLabel: false, left: 12, right: 12, top: 32 },
      series: [
        {
          barCategoryGap: '28%',
          data: values,
          itemStyle: { color: colours.primary },
          label: { color: colours.ink, fontSize: 13, formatter: ({ dataIndex }: { dataIndex: number }) => formatted[dataIndex], position: 'top', show: true },
          type: 'bar',
        },
      ],
      xAxis: { axisLabel: { color: colours.ink, fontSize: 13 }, axisLine: { lineStyle: { color: colours.muted } }, axisTick: { show: false }, data: chart.points.map((point) => point.label), type: 'category' },
      yAxis: { show: false, type: 'value' },
    }
  } else if (chart.points.length <= 3) {
    // A few parts of a whole: one bar, split.
    height = 72
    const palette = partColours(colours)
    option = {
      ...common,
      grid: { bottom: 8, left: 0, right: 0, top: 8 },
      series: chart.points.map((point, index) => ({
        barWidth: 64,
        data: [values[index]],
        itemStyle: { borderColor: '#ffffff', borderWidth: 2, color: palette[index % palette.length] },
        // The names stand in the legend under the chart (HTML, so they stay readable on a phone).
        label: { color: index === 0 ? '#ffffff' : colours.ink, fontSize: 22, fontWeight: 700, formatter: () => point.formatted, position: 'inside', show: true },
        name: point.label,
        stack: 'total',
        type: 'bar',
      })),
      xAxis: { max: values.reduce((sum, value) => sum + value, 0), show: false, type: 'value' },
      yAxis: { data: [''], show: false, type: 'category' },
    }
  } else {
    // Many parts: one bar each, largest first, the label on its left.
    const order = chart.points.map((_, index) => index).sort((a, b) => values[a] - values[b])
    height = 24 + order.length * 30
    option = {
      ...common,
      grid: { bottom: 4, containLabel: true, left: 4, right: 56, top: 4 },
      series: [
        {
          barCategoryGap: '30%',
          data: order.map((index) => values[index]),
          itemStyle: { color: colours.primary },
          label: { color: colours.ink, fontSize: 13, formatter: ({ dataIndex }: { dataIndex: number }) => formatted[order[dataIndex]], position: 'right', show: true },
          type: 'bar',
        },
      ],
      xAxis: { show: false, type: 'value' },
      yAxis: {
        axisLabel: { color: colours.ink, fontSize: 13, overflow: 'truncate', width: 240 },
        axisLine: { lineStyle: { color: colours.muted } },
        axisTick: { show: false },
        data: order.map((index) => chart.points[index].label),
        type: 'category',
      },
    }
    width = 640
  }
  const instance = echarts.init(null, null, { height, renderer: 'svg', ssr: true, width })
  try {
    instance.setOption(option)
    return instance.renderToSVGString()
  } finally {
    instance.dispose()
  }
}

/** How many charts' SVG a server keeps (a report has a few dozen; each SVG is a few kB). */
export const RENDERED_CHARTS_LIMIT = 500
const renderedCharts = new Map<string, string>()

/**
 * `renderChartSvg`, remembered by its inputs: the same chart (its data, labels, formatted values)
 * in the same colours is always the same SVG, so nothing kept can go stale, and a change of data is
 * a new key. ECharts' layout was most of the work of a page view once the page's reads come from
 * the cache. The oldest entry goes first once `RENDERED_CHARTS_LIMIT` is passed. Off with `SITE_CACHE=off`.
 */
export const chartSvg = (chart: ChartSpec, colours: ChartColours): string => {
  // `SITE_CACHE=off`: the site as it was before its caches (the benchmark's baseline).
  if (process.env.SITE_CACHE === 'off') return renderChartSvg(chart, colours)
  const key = JSON.stringify([chart, colours])
  const known = renderedCharts.get(key)
  if (known !== undefined) return known
  const svg = renderChartSvg(chart, colours)
  renderedCharts.set(key, svg)
  if (renderedCharts.size > RENDERED_CHARTS_LIMIT) renderedCharts.delete(renderedCharts.keys().next().value as string)
  return svg
}
