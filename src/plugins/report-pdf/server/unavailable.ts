import { NO_CHROMIUM } from '../render/chromium'

/**
 * What `GET /jaarverslagen/<report>/pdf` answers while a published report has no edition: 503,
 * and why — no Chromium on this server (nothing will come), or the job has not run yet (try again).
 */
export const editionUnavailable = ({ chromium }: { chromium: boolean }): { body: string; headers: Record<string, string>; status: 503 } =>
  chromium
    ? {
        body: 'De pdf-editie wordt gemaakt; probeer het over een minuut opnieuw.\nThe PDF edition is being made; try again in a minute.\n',
        headers: { 'Retry-After': '60' },
        status: 503,
      }
    : { body: `${NO_CHROMIUM.nl}\n${NO_CHROMIUM.en}\n`, headers: {}, status: 503 }
