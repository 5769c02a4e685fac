import type { Payload, PayloadRequest } from 'payload'

import type { Finding } from '@jaarverslag/key-figures/types'
import type { AuditAction } from '../collections/auditLog.ts'
import type { SanitizedWorkflowOptions } from '../types.ts'

export type AuditEntry = {
  action: AuditAction
  collectionSlug: string
  documentId?: null | number | string
  documentTitle?: null | string
  summary: string
  fromStage?: null | string
  toStage?: null | string
  findings?: Finding[] | null
  user?: unknown
}

/** A data document's title for the log: its `useAsTitle` field, else `title`, else a record's `key`. */
export const titleOfData = (doc: Record<string, unknown>, useAsTitle: string | undefined): null | string => {
  const value = doc[useAsTitle ?? 'title'] ?? doc.title ?? doc.key
  return typeof value === 'string' ? value : null
}

const userLabel = (user: unknown): string => {
  if (!user || typeof user !== 'object') return 'systeem / system'
  const { email, name } = user as { email?: string; name?: string }
  return name ? `${name}${email ? ` <${email}>` : ''}` : (email ?? 'systeem / system')
}

const userId = (user: unknown) => (user && typeof user === 'object' && 'id' in user ? (user as { id: number | string }).id : (user ?? null))

/**
 * Writes one audit entry. With `req` it joins the request's transaction (a success is logged
 * with the change itself, or not at all); without it, it stands alone (a refusal, logged after
 * the refused change rolled back).
 */
export const writeAuditEntry = async (
  payload: Payload,
  options: SanitizedWorkflowOptions,
  entry: AuditEntry,
  { req, user }: { req?: PayloadRequest; user?: unknown } = {},
) => {
  const actor = user ?? req?.user ?? null
  const summary = entry.summary.length > 1000 ? `${entry.summary.slice(0, 997)}...` : entry.summary
  await payload.create({
    collection: options.auditLogSlug,
    data: {
      ...entry,
      documentId: entry.documentId === null || entry.documentId === undefined ? null : String(entry.documentId),
      findings: entry.findings?.length ? entry.findings : null,
      summary,
      user: userId(actor),
      userLabel: userLabel(actor),
    } as never,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
    select: {} as never,
  })
}
