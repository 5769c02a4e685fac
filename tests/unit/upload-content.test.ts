import { describe, expect, it } from '@jest/globals'

import { judgeUploadContent, uploadResponseHeaders } from '../../src/uploads/uploadContent'

const files = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
]
const text = (value: string) => new TextEncoder().encode(value)

describe('judgeUploadContent', () => {
  it('accepts a detected PDF named .pdf with its type', () => {
    expect(judgeUploadContent({ allowed: files, bytes: text('%PDF'), detected: { ext: 'pdf', mime: 'application/pdf' }, filename: 'Verslag.PDF' })).toEqual({
      mimeType: 'application/pdf',
      ok: true,
    })
  })

  it('accepts plain CSV text, also with a "<" that is no markup', () => {
    expect(judgeUploadContent({ allowed: files, bytes: text('groep;aandeel\n<25 jaar;12\na<b;3\n'), filename: 'cijfers.csv' })).toEqual({ mimeType: 'text/csv', ok: true })
  })

  it.each([
    ['an HTML page', '<!doctype html><title>x</title>', 1],
    ['a script on line 3', 'a;b\n1;2\n<script>alert(1)</script>\n', 3],
    ['an SVG', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 1],
    ['an XML declaration', '<?xml version="1.0"?><x/>', 1],
    ['an HTML comment', 'a;b\n<!-- x -->', 2],
    ['a javascript: URL', 'naam;url\nx;javascript:alert(1)\n', 2],
    ['a tag in capitals with spaces', 'a;b\n< IFRAME src=x>', 2],
  ])('refuses %s in a .csv, naming the file and the line', (_what, content, line) => {
    const verdict = judgeUploadContent({ allowed: files, bytes: text(content), filename: 'cijfers.csv' })
    expect(verdict).toEqual({ message: { en: expect.stringContaining(`line ${line} `), nl: expect.stringMatching(new RegExp(`^Bestand "cijfers\\.csv" .*regel ${line} `)) }, ok: false })
  })

  it('refuses a file whose name promises another type than its content', () => {
    const verdict = judgeUploadContent({ allowed: files, bytes: text('PK'), detected: { ext: 'zip', mime: 'application/zip' }, filename: 'notulen.docx' })
    expect(verdict.ok).toBe(false)
  })

  it('refuses an extension the collection does not take, listing the ones it does', () => {
    expect(judgeUploadContent({ allowed: files, bytes: text('x'), filename: 'pagina.html' })).toEqual({
      message: { en: expect.stringContaining('accepted: .csv, .docx, .pdf, .xlsx'), nl: expect.stringContaining('(.html); toegelaten: .csv, .docx, .pdf, .xlsx') },
      ok: false,
    })
  })

  it('refuses a .pdf whose content has no PDF signature', () => {
    expect(judgeUploadContent({ allowed: files, bytes: text('hello'), filename: 'x.pdf' }).ok).toBe(false)
  })
})

describe('uploadResponseHeaders', () => {
  it.each([
    ['image/png', 'inline'],
    ['image/jpeg', 'inline'],
    ['application/pdf', 'inline'],
    ['text/csv', 'attachment'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'attachment'],
    ['image/svg+xml', 'attachment'],
    ['text/html; charset=utf-8', 'attachment'],
    ['', 'attachment'],
  ])('serves %p with nosniff and %s', (type, disposition) => {
    const headers = uploadResponseHeaders(new Headers(type ? { 'Content-Type': type } : {}))
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('content-disposition')).toBe(disposition)
  })
})
