import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { languageOf } from '../../config/language'

/** HTTP 429 for an address that failed too often, in the request's language (Dutch unless English). */
export class TooManyLoginAttempts extends APIError {
  retryAfterSeconds: number

  constructor(req: PayloadRequest, retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
    const reason = {
      en: `Too many failed login attempts from this address. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      nl: `Te veel mislukte aanmeldpogingen vanaf dit adres. Probeer het over ${minutes} minu${minutes === 1 ? 'ut' : 'ten'} opnieuw.`,
    }
    super(reason[languageOf(req)], 429, { reason, retryAfterSeconds }, true)
    this.retryAfterSeconds = retryAfterSeconds
  }
}
