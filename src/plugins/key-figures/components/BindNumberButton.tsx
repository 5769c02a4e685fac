'use client'

import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useState } from 'react'

import { pick, toLanguage } from './texts.ts'

type Props = { block: number; collection: string; id: number | string; index: number; label: string; path: string; record: number | string; text: string }

const texts = {
  bind: { en: 'Bind', nl: 'Koppel' },
  done: { en: 'Bound: it is an inline key figure now (in a draft).', nl: 'Gekoppeld: het is nu een inline kerncijfer (in een concept).' },
}

/** One click: the number in the text becomes an inline key figure bound to this record. */
export const BindNumberButton = ({ label, ...input }: Props) => {
  const {
    config: { routes, serverURL },
  } = useConfig()
  const { i18n } = useTranslation()
  const language = toLanguage(i18n.language)
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const bind = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${serverURL ?? ''}${routes.api}/key-figures/bind-number`, {
        body: JSON.stringify(input),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const body = (await response.json().catch(() => null)) as null | { errors?: { message?: string }[] }
      if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? `HTTP ${response.status}`)
      toast.success(pick(texts.done, language))
      router.refresh()
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button buttonStyle="secondary" className="bind-number-button" disabled={busy} margin={false} onClick={() => void bind()} size="small">
      {`${pick(texts.bind, language)}: ${label}`}
    </Button>
  )
}
