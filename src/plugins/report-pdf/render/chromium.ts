import { accessSync, constants } from 'node:fs'

/** Where Debian, Ubuntu and the usual installs put Chromium; CHROMIUM_PATH wins. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

const isExecutable = (file: string) => {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * The Chromium to print with, or null. An explicit path (CHROMIUM_PATH) is used as given and
 * nothing else is tried: a wrong path is a configuration error to report, not to paper over.
 */
export const findChromium = (explicit: null | string | undefined = process.env.CHROMIUM_PATH): null | string => {
  if (explicit) return isExecutable(explicit) ? explicit : null
  return CHROMIUM_CANDIDATES.find(isExecutable) ?? null
}

/** What the endpoint, the job and the command say when there is no Chromium. */
export const NO_CHROMIUM = {
  en: 'The PDF edition cannot be made on this server: Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH).',
  nl: 'De pdf-editie kan op deze server niet gemaakt worden: Chromium is niet geïnstalleerd (apt-get install chromium, of zet CHROMIUM_PATH).',
}

export class ChromiumMissingError extends Error {
  constructor() {
    super(`${NO_CHROMIUM.nl} / ${NO_CHROMIUM.en}`)
    this.name = 'ChromiumMissingError'
  }
}
