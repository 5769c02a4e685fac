import type { PayloadRequest, ServerProps } from 'payload'

import { headers as getHeaders } from 'next/headers.js'
import React from 'react'

import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { publicationCheckPath } from './publicationCheckPath.ts'
import { PublicationCheckNavLinkItem } from './PublicationCheckNavLinkItem.tsx'
import { toLanguage } from './texts.ts'

type Props = Partial<ServerProps> & {
  /** The instance's options (server props the plugin registers the link with). */
  keyFiguresOptions: SanitizedKeyFiguresOptions
}

/**
 * "Publicatiecontrole" in the admin navigation (registered under `admin.components.afterNavLinks`).
 * A server component, so it can ask the plugin's `canCheck` and stay hidden for users who would
 * only get "Geen toegang" (the view checks access again itself).
 */
export const PublicationCheckNavLink = async ({ i18n, keyFiguresOptions: options, payload, user }: Props) => {
  if (!payload || !user) return null

  let allowed = true
  try {
    const headers = await getHeaders()
    // The `user` prop has field read access applied; access decisions use the full principal.
    const { user: principal } = await payload.auth({ headers })
    const req = { context: {}, headers, i18n, payload, t: i18n?.t, user: principal ?? null } as unknown as PayloadRequest
    allowed = Boolean(await options.canCheck(req))
  } catch {
    // When in doubt show the link: the view refuses those who may not check.
  }
  if (!allowed) return null

  const path = publicationCheckPath(options)
  const label = toLanguage(i18n?.language) === 'en' ? 'Publication check' : 'Publicatiecontrole'
  return <PublicationCheckNavLinkItem label={label} path={path} />
}
