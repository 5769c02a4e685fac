'use client'

import { useAuth, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

type Answer = { status?: 'created' | 'exists'; report?: { id: number | string; slug: string }; message?: { en: string; nl: string }; errors?: { message: string }[] }

const t = {
  button: { en: 'Roll forward to next year', nl: 'Doorrollen naar volgend jaar' },
  busy: { en: 'Rolling forward…', nl: 'Bezig met doorrollen…' },
  open: { en: 'Open the new report', nl: 'Open het nieuwe jaarverslag' },
}

/**
 * On a saved report, for editors and admins: copies it into next year's report
 * (`POST /api/roll-forward`) and links to the copy. The server decides who may; authors do not see it.
 */
export const RollForwardButton = () => {
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const slug = useFormFields(([fields]) => fields.slug?.value) as string | undefined
  const year = useFormFields(([fields]) => fields.year?.value) as number | undefined
  const [state, setState] = useState<{ busy: boolean; answer?: Answer; error?: string }>({ busy: false })
  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  if (!id || !slug || typeof year !== 'number' || !roles.some((role) => role === 'admin' || role === 'editor')) return null

  const rollForward = async () => {
    setState({ busy: true })
    try {
      const response = await fetch(`${config.serverURL ?? ''}${config.routes.api}/roll-forward`, {
        body: JSON.stringify({ from: slug, year: year + 1 }),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const answer = (await response.json()) as Answer
      if (response.ok) setState({ answer, busy: false })
      else setState({ busy: false, error: answer.errors?.[0]?.message ?? `HTTP ${response.status}` })
    } catch (error) {
      setState({ busy: false, error: String(error) })
    }
  }

  return (
    <div className="roll-forward" style={{ alignItems: 'center', display: 'flex', gap: 8 }}>
      <button className="btn btn--style-secondary btn--size-small" disabled={state.busy} onClick={rollForward} type="button">
        {state.busy ? t.busy[language] : `${t.button[language]} (${year + 1})`}
      </button>
      {state.error ? <span role="alert">{state.error}</span> : null}
      {state.answer?.message ? (
        <span role="status">
          {state.answer.message[language]}{' '}
          {state.answer.report ? <a href={`${config.routes.admin}/collections/reports/${state.answer.report.id}`}>{t.open[language]}</a> : null}
        </span>
      ) : null}
    </div>
  )
}
