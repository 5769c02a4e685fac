import type { AfterErrorHook } from 'payload'

import type { Finding } from '@jaarverslag/key-figures/types'
import type { SanitizedWorkflowOptions } from '../types.ts'

import { writeAuditEntry } from '../server/audit.ts'
import { takeAttempts, takeDeletes } from '../server/context.ts'

type ErrorWithFindings = Error & { findings?: Finding[]; status?: number }

/**
 * A refused publish, stage change or deletion rolls its transaction back, and with it anything
 * written inside it. This hook runs after that (REST and GraphQL), and writes the refusal to the
 * audit log on its own, outside the failed transaction.
 */
export const auditRefusalAfterError =
  (options: SanitizedWorkflowOptions): AfterErrorHook =>
  async ({ error, req }) => {
    if (!req?.payload) return
    // GraphQL hands over its own error, wrapping the one the hook threw.
    const failure = ((error as { originalError?: ErrorWithFindings }).originalError ?? error) as ErrorWithFindings
    const status = failure.status ?? 500
    if (status < 400 || status >= 500) return
    const attempts = takeAttempts(req)
    const deletes = takeDeletes(req)
    const message = (failure.message ?? '').slice(0, 900)
    try {
      for (const attempt of attempts) {
        await writeAuditEntry(
          req.payload,
          options,
          {
            action: attempt.publishing ? 'publishRefused' : 'stageRefused',
            collectionSlug: attempt.collection,
            documentId: attempt.id,
            documentTitle: attempt.title,
            findings: failure.findings ?? null,
            fromStage: attempt.fromStage,
            summary: `${attempt.publishing ? 'Publiceren geweigerd' : `Fase ${attempt.requestedStage} geweigerd`} (HTTP ${status}): ${message}`,
            toStage: attempt.publishing ? 'published' : attempt.requestedStage,
          },
          { user: req.user },
        )
      }
      for (const removal of deletes) {
        await writeAuditEntry(
          req.payload,
          options,
          {
            action: 'deleteRefused',
            collectionSlug: removal.collection,
            documentId: removal.id,
            documentTitle: removal.title,
            summary: `Verwijderen geweigerd (HTTP ${status}): ${message}`,
          },
          { user: req.user },
        )
      }
    } catch (err) {
      req.payload.logger.error({ err, msg: 'publication-workflow: could not write a refusal to the audit log' })
    }
  }
