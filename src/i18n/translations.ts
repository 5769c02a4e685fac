/**
 * The admin's own strings and the Payload strings we correct, in Dutch (first) and English:
 * `i18n.translations` in payload.config.ts. A unit test keeps both languages with the same keys
 * and the same {{placeholders}}.
 */
export const translations = {
  nl: {
    // Payload's heading for a page or request the user may not open says "you must be logged in",
    // also to an editor who is (an address their role may not use, such as creating an import).
    error: { unauthorized: 'Geen toegang: u bent niet aangemeld, of uw rol laat dit niet toe.' },
    // Payload's Dutch says "Blok togglen".
    fields: { toggleBlock: 'Blok open- of dichtklappen' },
    jaarverslag: {
      dashboardIntro: 'Wat er vandaag te doen is voor {{report}}.',
      dashboardNoReport: 'Er is nog geen jaarverslag.',
      dashboardTitle: 'Te doen',
      documentsWithFindings: 'Documenten met bevindingen',
      lastImports: 'Laatste imports',
      nothing: 'Niets: alles in orde.',
      perState: 'Documenten per stand',
      scheduledPublishes: 'Geplande publicaties',
      staleDocuments: 'Verouderde documenten',
      waitingForReview: 'Wachten op review',
    },
  },
  en: {
    error: { unauthorized: 'Not allowed: you are not logged in, or your role does not allow this.' },
    fields: { toggleBlock: 'Toggle block' },
    jaarverslag: {
      dashboardIntro: 'What needs doing today for {{report}}.',
      dashboardNoReport: 'There is no annual report yet.',
      dashboardTitle: 'To do',
      documentsWithFindings: 'Documents with findings',
      lastImports: 'Last imports',
      nothing: 'Nothing: all is well.',
      perState: 'Documents per state',
      scheduledPublishes: 'Scheduled publishes',
      staleDocuments: 'Stale documents',
      waitingForReview: 'Waiting for review',
    },
  },
} as const

export type AppTranslationKey = `jaarverslag:${keyof (typeof translations)['nl']['jaarverslag']}`

/** The admin's time zone: `ADMIN_TIMEZONE` (an IANA name), else Europe/Brussels. */
export const adminTimezone = (env: Record<string, string | undefined> = process.env): string => {
  const wanted = env.ADMIN_TIMEZONE?.trim()
  if (!wanted) return 'Europe/Brussels'
  try {
    new Intl.DateTimeFormat('nl-BE', { timeZone: wanted })
    return wanted
  } catch {
    throw new Error(`ADMIN_TIMEZONE "${wanted}" is no time zone (use an IANA name such as Europe/Brussels).`)
  }
}

/** The time zones an editor may pick in a date field: the admin's own first. */
export const adminTimezones = (first: string): { label: string; value: string }[] => {
  const known = [
    { label: 'Brussel', value: 'Europe/Brussels' },
    { label: 'Amsterdam', value: 'Europe/Amsterdam' },
    { label: 'Londen', value: 'Europe/London' },
    { label: 'UTC', value: 'UTC' },
  ]
  return [...known.filter((zone) => zone.value === first), ...(known.some((zone) => zone.value === first) ? [] : [{ label: first, value: first }]), ...known.filter((zone) => zone.value !== first)]
}
