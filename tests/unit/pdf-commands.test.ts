import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'

import { parseVerifyArgs, runFiguresVerify } from '../../src/plugins/key-figures/cli/figuresVerify'
import { parseReportPdfArgs, runReportPdf } from '../../src/plugins/report-pdf/cli/reportPdf'
import { findChromium } from '../../src/plugins/report-pdf/render/chromium'
import { editionUnavailable } from '../../src/plugins/report-pdf/server/unavailable'

const io = () => {
  const lines = { error: [] as string[], log: [] as string[] }
  return { lines, out: { error: (text: string) => lines.error.push(text), log: (text: string) => lines.log.push(text) } }
}

let dir: string
const chromiumBefore = process.env.CHROMIUM_PATH

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pdf-commands-'))
})

afterEach(() => {
  rmSync(dir, { force: true, recursive: true })
  if (chromiumBefore === undefined) delete process.env.CHROMIUM_PATH
  else process.env.CHROMIUM_PATH = chromiumBefore
})

describe('without Chromium', () => {
  it('report:pdf says so and ends with exit 2, writing nothing', async () => {
    process.env.CHROMIUM_PATH = path.join(dir, 'geen-chromium')
    const { lines, out } = io()
    const target = path.join(dir, 'verslag.pdf')
    expect(await runReportPdf({ argv: ['--report', 'jaarverslag-2024', '--out', target], out })).toBe(2)
    expect(lines.error.join('\n')).toContain('Chromium is niet geïnstalleerd')
    expect(() => rmSync(target)).toThrow()
  })

  it('the PDF endpoint answers 503 and says there will be no edition on this server; with Chromium it asks to try again later', () => {
    expect(editionUnavailable({ chromium: false })).toEqual({ body: expect.stringContaining('Chromium is niet geïnstalleerd'), headers: {}, status: 503 })
    expect(editionUnavailable({ chromium: true })).toEqual({ body: expect.stringContaining('wordt gemaakt'), headers: { 'Retry-After': '60' }, status: 503 })
  })

  it('findChromium takes an explicit path only when it is an executable, and tries nothing else then', () => {
    expect(findChromium(path.join(dir, 'bestaat-niet'))).toBeNull()
    const notExecutable = path.join(dir, 'chromium')
    writeFileSync(notExecutable, '')
    expect(findChromium(notExecutable)).toBeNull()
    expect(findChromium(process.execPath)).toBe(process.execPath)
  })
})

describe('report:pdf arguments', () => {
  it('reads --report, --out and --site, also as --name=value, and refuses anything else', async () => {
    expect(parseReportPdfArgs(['--report', 'a', '--out=b.pdf', '--site', 'http://x'])).toEqual({ help: false, out: 'b.pdf', report: 'a', site: 'http://x', unknown: [] })
    const { lines, out } = io()
    expect(await runReportPdf({ argv: ['--report', 'a'], out })).toBe(2)
    expect(lines.error[0]).toContain('--out ontbreekt')
  })
})

describe('figures:verify', () => {
  it('reads its target, --api and --json', () => {
    expect(parseVerifyArgs(['http://site/pagina', '--api=http://api', '--json'])).toEqual({ api: 'http://api', help: false, json: true, target: 'http://site/pagina', unknown: [] })
  })

  it('refuses a PDF that carries no figure manifest (exit 2), naming why', async () => {
    const pdf = await PDFDocument.create()
    pdf.addPage()
    const file = path.join(dir, 'vreemd.pdf')
    writeFileSync(file, await pdf.save())
    const { lines, out } = io()
    expect(await runFiguresVerify({ argv: [file], out })).toBe(2)
    expect(lines.error.join('\n')).toContain('zonder kerncijferbestand')
  })

  it('asks for the site to check against when a local page names none (exit 2)', async () => {
    const file = path.join(dir, 'pagina.html')
    writeFileSync(file, '<p><span data-key-figure="a" data-dataset="d" data-records="k"><span data-key-figure-value>5</span></span></p>')
    const { lines, out } = io()
    expect(await runFiguresVerify({ argv: [file], out })).toBe(2)
    expect(lines.error.join('\n')).toContain('--api')
  })

  it('exits 2 on a usage error', async () => {
    const { out } = io()
    expect(await runFiguresVerify({ argv: [], out })).toBe(2)
    expect(await runFiguresVerify({ argv: ['a', 'b'], out })).toBe(2)
  })
})
