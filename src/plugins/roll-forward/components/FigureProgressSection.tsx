import type { CollectionSlug } from 'payload'
import type { PublicationCheckSectionProps } from '@jaarverslag/key-figures/types'

import { SKIP_FIGURE_RESOLVE } from '@jaarverslag/key-figures'
import { findInlineFigures } from '@jaarverslag/key-figures/engine'
import React from 'react'

import { type DocumentProgress, progressOf, progressText, totalProgress } from '../progress'
import { valueAt } from '../plan'

const t = {
  heading: { en: 'Progress of the figures', nl: 'Voortgang van de kerncijfers' },
  report: { en: 'Whole report', nl: 'Heel het jaarverslag' },
}

const cell: React.CSSProperties = { borderBottom: '1px solid var(--theme-elevation-150)', padding: '6px 10px', textAlign: 'left' }

/**
 * A section of the Publicatiecontrole (`publicationCheckSections`): per chapter, Uitgelicht
 * article and the report itself, x of y figures confirmed, z awaiting data, w wrong, and the
 * total, checked live like the view's findings (the same batched check as the publish gate).
 */
export const FigureProgressSection = async ({ language, report, req }: PublicationCheckSectionProps) => {
  const { keyFigures, rollForwardOptions } = await import('../../index')
  const { collections } = rollForwardOptions
  const { docs: reports } = await req.payload.find({ collection: collections.reports as CollectionSlug, context: { [SKIP_FIGURE_RESOLVE]: true }, depth: 0, draft: true, limit: 1, overrideAccess: true, req, where: { slug: { equals: report } } })
  const source = reports[0] as unknown as Record<string, unknown> | undefined
  if (!source) return null
  const documents = [{ collection: collections.reports, doc: source }]
  for (const collection of [collections.chapters, collections.featuredArticles]) {
    const { docs } = await req.payload.find({ collection: collection as CollectionSlug, context: { [SKIP_FIGURE_RESOLVE]: true }, depth: 0, draft: true, limit: 0, overrideAccess: true, pagination: false, req, sort: collection === collections.chapters ? 'sortKey' : 'title', where: { report: { equals: source.id } } })
    for (const doc of docs) documents.push({ collection, doc: doc as unknown as Record<string, unknown> })
  }
  const findings = await keyFigures.findingsOf(documents, req)
  const rows: DocumentProgress[] = documents
    .map(({ collection, doc }, index) => {
      const inline = keyFigures.richTextPathsOf(req.payload, collection).reduce((sum, path) => sum + findInlineFigures(valueAt(doc, path), path).length, 0)
      const figures = (Array.isArray(doc.keyFigures) ? doc.keyFigures.length : 0) + inline
      const title = [doc.number, doc.title].filter(Boolean).join(' ')
      return { ...progressOf(figures, findings[index] ?? []), collection, id: doc.id as number | string, title }
    })
    .filter((row) => row.total > 0)
  const total = totalProgress(rows)
  const adminRoute = req.payload.config.routes.admin
  return (
    <section aria-labelledby="figure-progress" data-figure-progress style={{ marginTop: 40 }}>
      <h2 id="figure-progress" style={{ margin: '0 0 12px' }}>
        {t.heading[language]}
      </h2>
      <p data-progress-report>
        <strong>{t.report[language]}:</strong> {progressText(total)[language]}
      </p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <tbody>
          {rows.map((row) => (
            <tr data-progress-document={`${row.collection}/${row.id}`} key={`${row.collection}-${row.id}`}>
              <th scope="row" style={cell}>
                <a href={`${adminRoute}/collections/${row.collection}/${row.id}`}>{row.title || String(row.id)}</a>
              </th>
              <td style={cell}>{progressText(row)[language]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
