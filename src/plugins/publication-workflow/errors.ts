import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { Finding } from '@jaarverslag/key-figures/types'
import type { Refusal } from './rules.ts'

export const languageOf = (req: PayloadRequest | undefined): 'en' | 'nl' => (req?.i18n?.language === 'en' ? 'en' : 'nl')

/**
 * A refused workflow step: HTTP 400 (the document is not ready) or 403 (the user may not), with
 * the field it concerns in `data.errors[].path` so the admin marks it, and the reason in Dutch
 * and English in `data.reason`. Figure findings travel along when the figure check blocked it.
 */
export class WorkflowError extends APIError {
  refusal: Refusal
  findings: Finding[]

  constructor({ collection, findings = [], refusal, req }: { collection: string; findings?: Finding[]; refusal: Refusal; req?: PayloadRequest }) {
    const language = languageOf(req)
    const lines = [refusal.message[language], ...findings.map((finding) => `- ${finding.message[language]}`)]
    super(
      lines.join('\n'),
      refusal.status,
      {
        collection,
        errors: [{ message: refusal.message[language], path: refusal.path }],
        findings,
        reason: refusal.message,
      },
      true,
    )
    this.refusal = refusal
    this.findings = findings
  }
}
