import { readFile } from 'node:fs/promises'
import { parse } from 'node-html-parser'

import type { RawReceipt } from '../receipts/attributes.ts'

import { readReceipt, RECEIPT } from '../receipts/attributes.ts'
import { fetchReceiptRecords } from '../receipts/fetchRecords.ts'
import { readManifest } from '../receipts/pdfManifest.ts'
import { describeSource, receiptName, type ReceiptVerdict, verifyReceipts } from '../receipts/verify.ts'

export const USAGE = `Gebruik: npm run figures:verify -- <url of pdf-bestand> [--api <adres van de site>] [--json]
  Leest elk kerncijfer dat een publieke pagina (of de pdf-editie) markeert en rekent het opnieuw na
  tegen de huidige data van de site. Exit 0: alles klopt; 1: minstens één cijfer klopt niet; 2: fout.`

export type VerifyArgs = { api: null | string; help: boolean; json: boolean; target: null | string; unknown: string[] }

export const parseVerifyArgs = (argv: readonly string[]): VerifyArgs => {
  const args: VerifyArgs = { api: null, help: false, json: false, target: null, unknown: [] }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    if (arg === '--json') args.json = true
    else if (arg === '--help' || arg === '-h') args.help = true
    else if (arg === '--api') args.api = argv[++index] ?? null
    else if (arg.startsWith('--api=')) args.api = arg.slice('--api='.length)
    else if (!arg.startsWith('--') && args.target === null) args.target = arg
    else args.unknown.push(arg)
  }
  return args
}

/** Every element a page marks with `data-key-figure`, with its printed text. */
export const receiptsInHtml = (html: string): RawReceipt[] =>
  parse(html)
    .querySelectorAll(`[${RECEIPT.figure}]`)
    .map((element) => ({ attributes: { ...element.attributes }, value: element.querySelector(`[${RECEIPT.value}]`)?.text ?? null }))

const isPdf = (bytes: Uint8Array) => bytes.length > 4 && new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-'

type Loaded = { origin: null | string; raw: RawReceipt[]; kind: 'html' | 'pdf'; title: string }

const load = async (target: string): Promise<Loaded> => {
  const isUrl = /^https?:\/\//i.test(target)
  let bytes: Uint8Array
  if (isUrl) {
    const response = await fetch(target, { headers: { Accept: 'text/html,application/pdf' } })
    if (!response.ok) throw new Error(`GET ${target} gaf HTTP ${response.status}`)
    bytes = new Uint8Array(await response.arrayBuffer())
  } else {
    bytes = new Uint8Array(await readFile(target))
  }
  const ownOrigin = isUrl ? new URL(target).origin : null
  if (isPdf(bytes)) {
    const manifest = await readManifest(bytes)
    if (!manifest) throw new Error(`${target} is een pdf zonder kerncijferbestand (kerncijfers.json): geen pdf-editie van deze site`)
    return { kind: 'pdf', origin: manifest.site ?? ownOrigin, raw: manifest.figures, title: `${manifest.report.title} (pdf van ${manifest.generatedAt})` }
  }
  return { kind: 'html', origin: ownOrigin, raw: receiptsInHtml(new TextDecoder().decode(bytes)), title: target }
}

/** One line per figure: ✓ or ✗, the printed text, its label or id, and the data's value or the problem. */
export const formatVerdict = (verdict: ReceiptVerdict): string => {
  const { receipt } = verdict
  if (verdict.ok) return `✓ ${receipt.shown}  ${receiptName(receipt)}  (${describeSource(receipt)})`
  return `✗ ${receipt.shown}  ${receiptName(receipt)}${receipt.id ? `  [${receipt.id}]` : ''}: ${verdict.problem}`
}

type Out = { error: (text: string) => void; log: (text: string) => void }

/**
 * `figures:verify`: 0 when every marked figure agrees with the current data, 1 when one does
 * not (or its receipt cannot be read), 2 on a usage error, a page or API that cannot be read, or
 * a PDF without a figure manifest.
 */
export const runFiguresVerify = async ({ argv, out }: { argv: readonly string[]; out: Out }): Promise<number> => {
  const args = parseVerifyArgs(argv)
  if (args.help) {
    out.log(USAGE)
    return 0
  }
  if (!args.target || args.unknown.length) {
    out.error(args.unknown.length ? `Onbekend argument: ${args.unknown.join(' ')}\n${USAGE}` : `Geef een url of een pdf-bestand op.\n${USAGE}`)
    return 2
  }
  let loaded: Loaded
  try {
    loaded = await load(args.target)
  } catch (error) {
    out.error(`Kan ${args.target} niet lezen: ${(error as Error).message}`)
    return 2
  }
  const origin = (args.api ?? loaded.origin)?.replace(/\/$/, '') ?? null
  if (!origin) {
    out.error(`Geef met --api het adres van de site op, om de data te lezen.\n${USAGE}`)
    return 2
  }
  const read = loaded.raw.map(readReceipt)
  const receipts = read.flatMap((entry) => (entry.ok ? [entry.receipt] : []))
  let verdicts: ReceiptVerdict[]
  try {
    verdicts = verifyReceipts(receipts, await fetchReceiptRecords(origin, receipts))
  } catch (error) {
    out.error(`Kan de data niet lezen van ${origin}: ${(error as Error).message}`)
    return 2
  }
  const unreadable = read.flatMap((entry) => (entry.ok ? [] : [entry]))
  const failed = verdicts.filter((verdict) => !verdict.ok).length + unreadable.length
  if (args.json) {
    out.log(
      JSON.stringify(
        {
          figures: verdicts.map(({ expected, ok, problem, receipt }) => ({ ...receipt, expected, ok, problem })),
          source: args.target,
          summary: { failed, figures: loaded.raw.length },
          unreadable: unreadable.map(({ id, problem }) => ({ id, problem })),
        },
        null,
        2,
      ),
    )
    return failed > 0 ? 1 : 0
  }
  out.log(`${loaded.title}: ${loaded.raw.length} gemarkeerde kerncijfers, nagerekend tegen ${origin}`)
  for (const verdict of verdicts) out.log(formatVerdict(verdict))
  for (const entry of unreadable) out.log(`✗ [${entry.id || 'zonder id'}]: onleesbaar bewijs: ${entry.problem}`)
  out.log(
    loaded.raw.length === 0
      ? 'Geen gemarkeerde kerncijfers gevonden.'
      : failed === 0
        ? `Alle ${loaded.raw.length} kerncijfers kloppen met de huidige data.`
        : `${failed} van ${loaded.raw.length} kerncijfers kloppen niet (meer) met de huidige data.`,
  )
  return failed > 0 ? 1 : 0
}
