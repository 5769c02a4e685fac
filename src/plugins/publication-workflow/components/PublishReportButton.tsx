'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

type Blocking = { collection: string; id: number | string; title: null | string; reasons: { en: string; nl: string }[] }
type Result = { blocking: Blocking[]; published: { id: number | string; title: null | string }[] }

const t = {
  button: { en: 'Publish all approved documents', nl: 'Publiceer alle goedgekeurde documenten' },
  busy: { en: 'Publishing…', nl: 'Bezig met publiceren…' },
  blocked: { en: 'Nothing was published. These documents block it:', nl: 'Er werd niets gepubliceerd. Deze documenten houden het tegen:' },
  done: { en: 'Published:', nl: 'Gepubliceerd:' },
  approved: { en: 'approved document(s) waiting', nl: 'goedgekeurde document(en) wachten' },
}

/** Calls the report-wide publish and shows what it published, or what blocks it. */
export const PublishReportButton = ({ approved, report }: { approved: number; report: string }) => {
  const {
    config: { routes, serverURL },
  } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const [state, setState] = useState<{ busy: boolean; error?: string; result?: Result }>({ busy: false })

  const publish = async () => {
    setState({ busy: true })
    try {
      const response = await fetch(`${serverURL ?? ''}${routes.api}/workflow/reports/${encodeURIComponent(report)}/publish`, { credentials: 'include', method: 'POST' })
      const body = await response.json()
      if (response.status === 200 || response.status === 409) setState({ busy: false, result: body as Result })
      else setState({ busy: false, error: body?.errors?.[0]?.message ?? `HTTP ${response.status}` })
    } catch (error) {
      setState({ busy: false, error: String(error) })
    }
  }

  return (
    <div className="publish-report" style={{ marginTop: 24 }}>
      <p>{`${approved} ${t.approved[language]}`}</p>
      <button className="btn btn--style-primary" disabled={state.busy || approved === 0} onClick={publish} type="button">
        {state.busy ? t.busy[language] : t.button[language]}
      </button>
      {state.error ? <p role="alert">{state.error}</p> : null}
      {state.result && state.result.blocking.length > 0 ? (
        <div role="alert">
          <p>{t.blocked[language]}</p>
          <ul>
            {state.result.blocking.map((entry) => (
              <li key={`${entry.collection}-${entry.id}`}>
                <strong>{entry.title ?? entry.id}</strong>: {entry.reasons.map((reason) => reason[language]).join(' ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.result && state.result.blocking.length === 0 ? (
        <p role="status">{`${t.done[language]} ${state.result.published.map((doc) => doc.title ?? doc.id).join(', ')}`}</p>
      ) : null}
    </div>
  )
}
