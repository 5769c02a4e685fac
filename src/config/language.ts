import type { PayloadRequest } from 'payload'

/** The language of the app's own messages: English when the user chose it, Dutch otherwise. */
export const languageOf = (req: PayloadRequest | undefined): 'en' | 'nl' => (req?.i18n?.language === 'en' ? 'en' : 'nl')
