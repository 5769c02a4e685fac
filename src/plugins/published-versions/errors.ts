import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

const message = {
  en: 'You may not unpublish this document (_status: draft): only an editor or administrator takes a published document offline.',
  nl: 'U mag de publicatie van dit document niet intrekken (_status: draft): alleen een redacteur of beheerder haalt een gepubliceerd document offline.',
}

/** HTTP 403 for an unpublish the user may not do, naming `_status` so the admin marks it. */
export class UnpublishRefusedError extends APIError {
  constructor({ collection, req }: { collection: string; req?: PayloadRequest }) {
    const text = req?.i18n?.language === 'en' ? message.en : message.nl
    super(text, 403, { collection, errors: [{ message: text, path: '_status' }], reason: message }, true)
  }
}
