'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { pick, readFindings, toLanguage } from './texts.ts'

const texts = {
  heading: {
    en: 'The published figures of this document no longer match their data',
    nl: 'De gepubliceerde cijfers van dit document kloppen niet meer met hun data',
  },
  hint: {
    en: 'Correct the figures below and publish again.',
    nl: 'Verbeter de cijfers hieronder en publiceer opnieuw.',
  },
}

type Published = { findings: ReturnType<typeof readFindings> } | null

/**
 * A warning above the form when the PUBLISHED version of the document went stale: its data
 * changed after it passed the figure check. Reads the published document (no draft), so a
 * draft that already fixes the figures still shows what readers see today.
 */
export const StaleBanner = () => {
  const { collectionSlug, id, lastUpdateTime } = useDocumentInfo()
  const {
    config: { routes, serverURL },
  } = useConfig()
  const { i18n } = useTranslation()
  const language = toLanguage(i18n.language)
  const [stale, setStale] = useState<Published>(null)

  useEffect(() => {
    if (!id || !collectionSlug) {
      setStale(null)
      return
    }
    const controller = new AbortController()
    const url = `${serverURL ?? ''}${routes.api}/${collectionSlug}/${encodeURIComponent(String(id))}?depth=0&select[figureCheck]=true`
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then(async (response) => (response.ok ? ((await response.json()) as { figureCheck?: { findings?: unknown; status?: unknown } }) : null))
      .then((doc) => {
        const check = doc?.figureCheck
        setStale(check?.status === 'stale' ? { findings: readFindings(check.findings) } : null)
      })
      .catch(() => {
        // Aborted or offline: no banner rather than a wrong one.
      })
    return () => controller.abort()
  }, [collectionSlug, id, lastUpdateTime, routes.api, serverURL])

  if (!stale) return null
  return (
    <div
      className="key-figure-stale-banner"
      role="alert"
      style={{
        background: 'var(--theme-warning-100)',
        border: '1px solid var(--theme-warning-500)',
        borderLeftWidth: 6,
        borderRadius: 4,
        color: 'var(--theme-text)',
        marginBottom: 'var(--base, 20px)',
        padding: '12px 16px',
      }}
    >
      <p style={{ fontWeight: 700, margin: '0 0 6px' }}>
        <span aria-hidden="true">⚠ </span>
        {pick(texts.heading, language)}
      </p>
      {stale.findings.length > 0 ? (
        <ul style={{ margin: '0 0 6px', paddingLeft: 20 }}>
          {stale.findings.map((finding, index) => (
            <li key={index}>{pick(finding.message, language) || finding.label || ''}</li>
          ))}
        </ul>
      ) : null}
      <p style={{ margin: 0 }}>{pick(texts.hint, language)}</p>
    </div>
  )
}
