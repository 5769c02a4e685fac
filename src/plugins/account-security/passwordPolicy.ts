import { dictionary } from '@zxcvbn-ts/language-common'

export type Text = { en: string; nl: string }

export type PasswordProblem = { code: 'common' | 'context' | 'repetitive' | 'tooLong' | 'tooShort'; message: Text }

export type PasswordPolicy = {
  /** Minimum length in characters (code points, so "é" counts once). */
  minLength: number
  /** Words a password may not be, beyond the account's own email and name. */
  contextWords: string[]
}

/** Long enough for any passphrase, short enough that nobody hashes a megabyte. */
export const MAX_PASSWORD_LENGTH = 256

/** Words anyone guessing at this CMS tries first. */
export const DEFAULT_CONTEXT_WORDS = [
  'admin',
  'administrator',
  'auteur',
  'beheerder',
  'jaarverslag',
  'jaarverslagcms',
  'password',
  'payload',
  'payloadcms',
  'redacteur',
  'wachtwoord',
  'welkom',
  'welcome',
]

/** Lower case, accents off, only letters and digits: `Wacht-Woord!` and `wachtwoord` are the same guess. */
const letters = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')

/** The word without the digits people add before or after it (`2024wachtwoord!1` -> `wachtwoord`). */
const core = (value: string) => letters(value).replace(/^\d+|\d+$/g, '')

let common: Set<string> | undefined
/**
 * The 30,000 most common passwords of the zxcvbn-ts project (leaked password lists), compared
 * the same way as a typed password. Built on first use: only the server ever needs it.
 */
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common'].map(letters).filter((word) => word.length >= 4)))

/** `aaaaaaaaaaaa`, `abababababab`, `123456789012`, `zyxwvutsrqpo`: no real choice was made. */
const isRepetitive = (value: string) => {
  const chars = [...letters(value)]
  if (chars.length === 0) return false
  if (new Set(chars).size <= 2) return true
  const steps = chars.slice(1).map((char, index) => char.codePointAt(0)! - chars[index].codePointAt(0)!)
  return steps.every((step) => step === steps[0] && Math.abs(step) <= 1)
}

/** The parts of an email and a name someone would use: `mieke.vasseur@socius.be` -> mieke, vasseur, miekevasseur, socius. */
const accountWords = (account: { email?: unknown; name?: unknown }): string[] => {
  const words: string[] = []
  if (typeof account.email === 'string' && account.email.includes('@')) {
    const [local, domain] = account.email.split('@')
    words.push(account.email, local, ...local.split(/[._+-]/), domain.split('.')[0])
  }
  if (typeof account.name === 'string') words.push(account.name, ...account.name.split(/\s+/))
  return words
}

/**
 * Checks a new password: at least `minLength` characters; not one of the most common passwords,
 * not the account's email or name or a word of this CMS, each also with digits or punctuation
 * around it; not one character or a simple run repeated. The rules of NIST SP 800-63B: length and
 * a blocklist, no rules about character classes. Returns the first problem, or null.
 */
export const checkPassword = (
  password: string,
  account: { email?: unknown; name?: unknown },
  policy: PasswordPolicy,
): PasswordProblem | null => {
  const length = [...password].length
  if (length < policy.minLength) {
    return {
      code: 'tooShort',
      message: {
        en: `The password must be at least ${policy.minLength} characters long (this one has ${length}). A sentence of a few words is easy to remember.`,
        nl: `Het wachtwoord moet minstens ${policy.minLength} tekens lang zijn (dit heeft er ${length}). Een zin van enkele woorden onthoudt u makkelijk.`,
      },
    }
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return {
      code: 'tooLong',
      message: {
        en: `The password may be at most ${MAX_PASSWORD_LENGTH} characters long.`,
        nl: `Het wachtwoord mag hoogstens ${MAX_PASSWORD_LENGTH} tekens lang zijn.`,
      },
    }
  }
  const whole = letters(password)
  const stripped = core(password)
  const context = new Set([...policy.contextWords, ...accountWords(account)].map(letters).filter((word) => word.length >= 3))
  if (context.has(whole) || context.has(stripped)) {
    return {
      code: 'context',
      message: {
        en: 'The password is too easy to guess: it is your email address, your name or the name of this site, perhaps with digits added. Choose something else.',
        nl: 'Het wachtwoord is te makkelijk te raden: het is uw e-mailadres, uw naam of de naam van deze site, eventueel met cijfers erbij. Kies iets anders.',
      },
    }
  }
  if (commonPasswords().has(whole) || commonPasswords().has(stripped)) {
    return {
      code: 'common',
      message: {
        en: 'This password is one of the most used passwords (it appears in leaked password lists), perhaps with digits added. Choose something else.',
        nl: 'Dit wachtwoord is een van de meest gebruikte wachtwoorden (het staat in gelekte wachtwoordlijsten), eventueel met cijfers erbij. Kies iets anders.',
      },
    }
  }
  if (isRepetitive(password)) {
    return {
      code: 'repetitive',
      message: {
        en: 'The password repeats one or two characters or is a simple run (like 123456789012 or abcdefghijkl). Choose something else.',
        nl: 'Het wachtwoord herhaalt één of twee tekens of is een eenvoudige reeks (zoals 123456789012 of abcdefghijkl). Kies iets anders.',
      },
    }
  }
  return null
}
