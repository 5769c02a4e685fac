import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { Finding } from '../engine/index.ts'

import { formPathOf } from './collectFigures.ts'

const languageOf = (req: PayloadRequest): 'en' | 'nl' => (req.i18n?.language === 'en' ? 'en' : 'nl')

/**
 * A refused publish: one error per finding, on the field the admin form should mark, with a
 * message naming label, shown value, expected value and source. The findings travel along in
 * `data.findings` for API clients, and the message lists them for job logs.
 */
export class KeyFiguresGateError extends ValidationError {
  findings: Finding[]

  constructor({ collection, findings, req }: { collection: string; findings: Finding[]; req: PayloadRequest }) {
    const language = languageOf(req)
    super({
      collection,
      errors: findings.map((finding) => ({
        message: finding.message[language],
        path: finding.kind === 'footing' ? 'keyFigures' : formPathOf(finding.path),
      })),
      req,
    })
    this.findings = findings
    this.data = { ...(this.data as object), findings } as unknown as typeof this.data
    const intro = language === 'en' ? 'Not published: the key figures do not match their data.' : 'Niet gepubliceerd: de kerncijfers kloppen niet met hun data.'
    this.message = [intro, ...findings.map((finding) => `- ${finding.message[language]}`)].join('\n')
  }
}
