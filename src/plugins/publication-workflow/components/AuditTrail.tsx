'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Entry = { id: number | string; action: string; createdAt: string; summary: string; userLabel?: null | string }

const texts = {
  empty: { en: 'No entries yet.', nl: 'Nog geen regels.' },
  heading: { en: 'Audit trail', nl: 'Audittrail' },
  hidden: { en: 'Only editors and administrators see the audit trail.', nl: 'Alleen redacteurs en beheerders zien de audittrail.' },
  save: { en: 'Save the document first.', nl: 'Bewaar het document eerst.' },
}

/**
 * The audit entries of this document (newest first), read through the audit log's own access
 * rules: editors and admins see them, others get a note.
 */
export const AuditTrail = ({ auditLogSlug = 'audit-log' }: { auditLogSlug?: string }) => {
  const { collectionSlug, id, lastUpdateTime } = useDocumentInfo()
  const {
    config: { routes, serverURL },
  } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const [state, setState] = useState<{ entries: Entry[]; status: 'forbidden' | 'loading' | 'ok' }>({ entries: [], status: 'loading' })

  useEffect(() => {
    if (!id || !collectionSlug) return
    const controller = new AbortController()
    const query = new URLSearchParams({
      depth: '0',
      limit: '50',
      sort: '-createdAt',
      'where[and][0][collectionSlug][equals]': collectionSlug,
      'where[and][1][documentId][equals]': String(id),
    })
    fetch(`${serverURL ?? ''}${routes.api}/${auditLogSlug}?${query}`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) return setState({ entries: [], status: 'forbidden' })
        const body = (await response.json()) as { docs: Entry[] }
        setState({ entries: body.docs, status: 'ok' })
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [auditLogSlug, collectionSlug, id, lastUpdateTime, routes.api, serverURL])

  return (
    <div className="audit-trail" style={{ marginBlock: '1.5rem' }}>
      <h4>{texts.heading[language]}</h4>
      {!id ? (
        <p>{texts.save[language]}</p>
      ) : state.status === 'forbidden' ? (
        <p>{texts.hidden[language]}</p>
      ) : state.entries.length === 0 ? (
        <p>{state.status === 'ok' ? texts.empty[language] : '...'}</p>
      ) : (
        <table className="audit-trail__table" style={{ borderCollapse: 'collapse', width: '100%' }}>
          <tbody>
            {state.entries.map((entry) => (
              <tr key={entry.id} style={{ borderBottom: '1px solid var(--theme-elevation-100)' }}>
                <td style={{ padding: '0.35rem 0.5rem', whiteSpace: 'nowrap' }}>{new Date(entry.createdAt).toLocaleString(language === 'en' ? 'en-GB' : 'nl-BE')}</td>
                <td style={{ padding: '0.35rem 0.5rem' }}>{entry.userLabel ?? ''}</td>
                <td style={{ padding: '0.35rem 0.5rem' }}>{entry.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
