import { writeFile } from 'node:fs/promises'

import { sanitizeOptions } from '../options'
import { findChromium, NO_CHROMIUM } from '../render/chromium'
import { renderReportPdf } from '../render/renderReportPdf'

export const USAGE = `Gebruik: npm run report:pdf -- --report <slug> --out <bestand.pdf> [--site <adres van de draaiende site>]
  Drukt de gepubliceerde versie van het jaarverslag af tot pdf, zoals de pdf-editie van de site.
  De site moet draaien (standaard REPORT_PDF_SITE_URL of NEXT_PUBLIC_SERVER_URL, anders http://localhost:3000).`

export type ReportPdfArgs = { help: boolean; out: null | string; report: null | string; site: null | string; unknown: string[] }

export const parseReportPdfArgs = (argv: readonly string[]): ReportPdfArgs => {
  const args: ReportPdfArgs = { help: false, out: null, report: null, site: null, unknown: [] }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null]
    const value = () => inline ?? argv[++index] ?? null
    if (name === '--help' || name === '-h') args.help = true
    else if (name === '--report') args.report = value()
    else if (name === '--out') args.out = value()
    else if (name === '--site') args.site = value()
    else args.unknown.push(arg)
  }
  return args
}

type Out = { error: (text: string) => void; log: (text: string) => void }

/** `report:pdf`: 0 when the PDF is written; 2 on a usage error, no Chromium, or a print that failed. */
export const runReportPdf = async ({ argv, out }: { argv: readonly string[]; out: Out }): Promise<number> => {
  const args = parseReportPdfArgs(argv)
  if (args.help) {
    out.log(USAGE)
    return 0
  }
  if (!args.report || !args.out || args.unknown.length) {
    out.error(`${args.unknown.length ? `Onbekend argument: ${args.unknown.join(' ')}` : !args.report ? '--report ontbreekt.' : '--out ontbreekt.'}\n${USAGE}`)
    return 2
  }
  const chromiumPath = findChromium()
  if (!chromiumPath) {
    out.error(NO_CHROMIUM.nl)
    return 2
  }
  const options = sanitizeOptions()
  const site = (args.site ?? options.siteUrl()).replace(/\/+$/, '')
  const url = `${site}${options.printPath(args.report)}`
  try {
    const rendered = await renderReportPdf({ chromiumPath, site: options.publicUrl() ?? site, url })
    await writeFile(args.out, rendered.bytes)
    out.log(
      `${args.out}: ${rendered.pages} pagina's, ${rendered.manifest.figures.length} kerncijfers, ${(rendered.bytes.length / 1_000_000).toFixed(1)} MB, ${rendered.passes} keer afgedrukt\nSHA-256 ${rendered.sha256}`,
    )
    return 0
  } catch (error) {
    out.error(`De pdf van ${url} kon niet gemaakt worden: ${(error as Error).message}`)
    return 2
  }
}
