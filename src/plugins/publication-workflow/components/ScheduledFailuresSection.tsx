import type { PublicationCheckSectionProps } from '@jaarverslag/key-figures/types'

import { getTranslation } from '@payloadcms/translations'
import React from 'react'

import type { SanitizedWorkflowOptions } from '../types.ts'

import { PublishReportButton } from './PublishReportButton.tsx'
import { reportWorkflowState } from '../server/reportWorkflowState.ts'

/** What the key-figures Publicatiecontrole view gives a section, and the workflow's options (server props of the section). */
type Props = PublicationCheckSectionProps & { workflowOptions: SanitizedWorkflowOptions }

const t = {
  heading: { en: 'Failed scheduled publishes', nl: 'Mislukte geplande publicaties' },
  none: { en: 'No scheduled publish of this report failed.', nl: 'Geen enkele geplande publicatie van dit jaarverslag mislukte.' },
  when: { en: 'When', nl: 'Wanneer' },
  reason: { en: 'Reason', nl: 'Reden' },
  document: { en: 'Document', nl: 'Document' },
}

const cell: React.CSSProperties = { borderBottom: '1px solid var(--theme-elevation-150)', padding: '8px 10px', textAlign: 'left', verticalAlign: 'top' }

/**
 * Shown in the key-figures plugin's Publicatiecontrole view (its `publicationCheckSections`,
 * see `publicationCheckSection`): the documents of the chosen report whose scheduled publish
 * failed, with the reason, and the report-wide publish of everything that is approved.
 */
export const ScheduledFailuresSection = async ({ language, report, req, workflowOptions: options }: Props) => {
  const state = await reportWorkflowState(report, req, options)
  if (!state) return null
  const { approved, failed } = state
  const adminRoute = req.payload.config.routes.admin
  const label = (collection: string) => {
    const labels = req.payload.collections[collection as keyof typeof req.payload.collections]?.config.labels
    return labels?.singular ? getTranslation(labels.singular as never, req.i18n as never) : collection
  }
  const canPublish = ['admin', 'editor'].includes(options.actorOf(req.user))
  return (
    <section aria-labelledby="workflow-scheduled-failures" className="workflow-check" style={{ marginTop: 40 }}>
      <h2 id="workflow-scheduled-failures" style={{ margin: '0 0 12px' }}>
        {t.heading[language]}
      </h2>
      {failed.length === 0 ? (
        <p>{t.none[language]}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th scope="col" style={cell}>{t.document[language]}</th>
              <th scope="col" style={cell}>{t.when[language]}</th>
              <th scope="col" style={cell}>{t.reason[language]}</th>
            </tr>
          </thead>
          <tbody>
            {failed.map((row) => (
              <tr data-scheduled-failure key={`${row.collection}-${row.id}`}>
                <th scope="row" style={cell}>
                  <span style={{ color: 'var(--theme-elevation-600)', fontSize: '0.8em', fontWeight: 400 }}>{label(row.collection)} </span>
                  <a href={`${adminRoute}/collections/${row.collection}/${row.id}`}>{row.title}</a>
                </th>
                <td style={cell}>{row.at ? new Date(row.at).toLocaleString(language === 'en' ? 'en-GB' : 'nl-BE') : ''}</td>
                <td style={cell}>{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canPublish ? <PublishReportButton approved={approved} report={report} /> : null}
    </section>
  )
}
