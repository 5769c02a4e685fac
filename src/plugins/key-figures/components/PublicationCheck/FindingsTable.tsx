import type { PayloadRequest } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import React from 'react'

import type { ReportFinding } from '../../server/checkReport.ts'
import type { Group } from './groupFindings.ts'

import type { SanitizedKeyFiguresOptions } from '../../types.ts'

import { describeSourceDetails, kindTexts, type Language, pick } from '../texts.ts'
import { figurePlace } from './figurePlace.ts'
import { t } from './texts.ts'

const fieldLabelOf = (req: PayloadRequest, slug: string) => (name: string): null | string => {
  const field = req.payload.collections[slug as keyof typeof req.payload.collections]?.config.flattenedFields.find((candidate) => candidate.name === name)
  const label = (field as { label?: unknown } | undefined)?.label
  if (!label || typeof label === 'function') return null
  return getTranslation(label as never, req.i18n as never) || null
}

const collectionLabel = (req: PayloadRequest, slug: string): string => {
  const labels = req.payload.collections[slug as keyof typeof req.payload.collections]?.config.labels
  if (!labels?.singular) return slug
  return getTranslation(labels.singular as never, req.i18n as never) || slug
}

const kindColour = (kind: ReportFinding['kind']) =>
  kind === 'stale' ? 'var(--theme-warning-500)' : kind === 'unresolved' ? 'var(--theme-elevation-500)' : 'var(--theme-error-500)'

const cell: React.CSSProperties = { borderBottom: '1px solid var(--theme-elevation-150)', padding: '8px 10px', textAlign: 'left', verticalAlign: 'top' }
const numeric: React.CSSProperties = { ...cell, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }

type Named = { datasetPeriod: null | string; datasetTitle: string; label: string }

/** The records the findings name (dataset slug + key), by their labels and their datasets' titles: one query. */
const namedSources = async (group: Group, req: PayloadRequest, options: SanitizedKeyFiguresOptions): Promise<Map<string, Named>> => {
  const slugs = new Set<string>()
  const keys = new Set<string>()
  for (const finding of group.findings) {
    for (const slug of String(finding.source.dataset ?? '').split(', ').filter(Boolean)) slugs.add(slug)
    for (const key of finding.source.records ?? []) keys.add(key)
  }
  if (slugs.size === 0 || keys.size === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: options.slugs.records,
    depth: 1,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { dataset: true, key: true, label: true } as never,
    where: { and: [{ 'dataset.slug': { in: [...slugs] } }, { key: { in: [...keys] } }] },
  })
  return new Map(
    (docs as Record<string, unknown>[]).map((doc) => {
      const dataset = (doc.dataset ?? {}) as { period?: null | string; slug?: string; title?: string }
      return [`${dataset.slug}\n${String(doc.key)}`, { datasetPeriod: dataset.period ?? null, datasetTitle: String(dataset.title ?? dataset.slug ?? ''), label: String(doc.label ?? doc.key) }]
    }),
  )
}

/** A finding's source as an editor reads it (dataset title and period, record labels), else as the check names it. */
const sourceText = (finding: Group['findings'][number], named: Map<string, Named>, language: Language): string => {
  const slugs = String(finding.source.dataset ?? '').split(', ').filter(Boolean)
  const records = (finding.source.records ?? []).map((key) => {
    const hit = slugs.map((slug) => named.get(`${slug}\n${key}`)).find(Boolean)
    return { hit, key }
  })
  if (records.some((record) => !record.hit)) return describeSourceDetails(undefined, finding.source, language)
  const datasets = [...new Map(records.map(({ hit }) => [hit!.datasetTitle, { period: hit!.datasetPeriod, title: hit!.datasetTitle }])).values()]
  // A footing rule: its total and how many parts (the explanation lists them).
  if (finding.kind === 'footing' && records.length > 1) {
    const dataset = datasets.map((entry) => (entry.period && !entry.title.includes(entry.period) ? `${entry.title} (${entry.period})` : entry.title)).join(', ')
    return `${dataset} › ${records[0].hit!.label} = ${records.length - 1} ${language === 'en' ? 'parts' : 'delen'}`
  }
  const shown = records
  return describeSourceDetails({ datasets, records: shown.map(({ hit, key }) => ({ key, label: hit!.label })) }, finding.source, language)
}

/** One document's findings as a table: kind, figure, shown, expected, source, explanation. */
export const FindingsTable = async ({ group, language, options, req }: { group: Group; language: Language; options: SanitizedKeyFiguresOptions; req: PayloadRequest }) => {
  const label = collectionLabel(req, group.collection)
  const named = await namedSources(group, req, options)
  const fieldLabel = fieldLabelOf(req, group.collection)
  return (
    <section className="publication-check__document" style={{ marginBottom: 32 }}>
      <h3 style={{ alignItems: 'baseline', display: 'flex', flexWrap: 'wrap', gap: 8, margin: '0 0 8px' }}>
        <span style={{ color: 'var(--theme-elevation-600)', fontSize: '0.8em', fontWeight: 400 }}>{label}</span>
        {group.href ? <a href={group.href}>{group.title}</a> : <span>{group.title}</span>}
      </h3>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <caption style={{ captionSide: 'top', color: 'var(--theme-elevation-600)', padding: '0 0 6px', textAlign: 'left' }}>
            {`${pick(t.findingsIn, language)} ${label} “${group.title}” (${group.findings.length})`}
          </caption>
          <thead>
            <tr>
              <th scope="col" style={cell}>{pick(t.columns.kind, language)}</th>
              <th scope="col" style={cell}>{pick(t.columns.figure, language)}</th>
              <th scope="col" style={cell}>{pick(t.columns.shown, language)}</th>
              <th scope="col" style={cell}>{pick(t.columns.expected, language)}</th>
              <th scope="col" style={cell}>{pick(t.columns.source, language)}</th>
              <th scope="col" style={cell}>{pick(t.columns.message, language)}</th>
            </tr>
          </thead>
          <tbody>
            {group.findings.map((finding, index) => (
              <tr data-kind={finding.kind} key={`${finding.path}-${index}`}>
                <td style={cell}>
                  <span style={{ borderLeft: `4px solid ${kindColour(finding.kind)}`, display: 'inline-block', paddingLeft: 6 }}>
                    {pick(kindTexts[finding.kind], language)}
                  </span>
                </td>
                <th scope="row" style={{ ...cell, fontWeight: 600 }}>
                  {finding.label}
                  <div className="publication-check__place" data-path={finding.path} style={{ color: 'var(--theme-elevation-600)', fontSize: '0.85em', fontWeight: 400 }}>
                    {group.href ? <a href={group.href}>{figurePlace(finding.path, language, fieldLabel)}</a> : figurePlace(finding.path, language, fieldLabel)}
                  </div>
                </th>
                <td style={numeric}>{finding.shown || '–'}</td>
                <td style={{ ...numeric, fontWeight: 600 }}>{finding.expected ?? '–'}</td>
                <td style={cell}>{sourceText(finding, named, language) || '–'}</td>
                <td style={cell}>{pick(finding.message, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
