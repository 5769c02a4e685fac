import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import sharp from 'sharp'

import type { TestContext } from '../helpers/payload'

import { FILES_MAX_BYTES } from '../../src/collections/Files'
import { client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let server: TestServer
let author: Awaited<ReturnType<typeof createUsers>>['author']

const png = () => sharp({ create: { background: '#0b5d6b', channels: 3, height: 20, width: 30 } }).png().toBuffer()
/** A minimal PDF: Payload checks the header, the xref table and the EOF marker. */
const pdf = (size = 2048) => {
  const head = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')
  const tail = Buffer.from('xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n')
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length - tail.length), 32), tail])
}
const file = (data: Buffer, name: string, mimetype: string) => ({ data, mimetype, name, size: data.length })

const errorsOf = async (promise: Promise<unknown>) => {
  const error = (await promise.then(() => null, (caught) => caught)) as { data?: { errors?: { path: string; message: string }[] }; message?: string } | null
  if (!error) throw new Error('expected the upload to be refused')
  return error.data?.errors ?? [{ message: error.message ?? String(error), path: '' }]
}

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  ;({ author } = await createUsers(ctx.payload, 'upl'))
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe('media', () => {
  it('stores an image with alt text, caption and credit, readable by anonymous visitors', async () => {
    const image = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'Deelnemers aan een vorming', caption: 'Trefdag 2024', credit: '© Mieke Vasseur' },
      file: file(await png(), 'trefdag.png', 'image/png'),
      overrideAccess: false,
      user: author,
    })
    expect(image.mimeType).toBe('image/png')
    expect(image.sizes?.thumbnail).toBeDefined()
    const response = await client(server).rest(`/media/${image.id}`)
    expect(response.status).toBe(200)
    expect(response.body.credit).toBe('© Mieke Vasseur')
  })

  it('requires alt text', async () => {
    const errors = await errorsOf(ctx.payload.create({ collection: 'media', data: {} as never, file: file(await png(), 'zonder-alt.png', 'image/png') }))
    expect(errors).toEqual([expect.objectContaining({ path: 'alt' })])
  })

  it('refuses a file that is not an image', async () => {
    const errors = await errorsOf(ctx.payload.create({ collection: 'media', data: { alt: 'pdf' }, file: file(pdf(), 'verslag.pdf', 'application/pdf') }))
    expect(JSON.stringify(errors)).toMatch(/file|bestand/i)
    expect(await ctx.payload.count({ collection: 'media', where: { filename: { equals: 'verslag.pdf' } } })).toEqual({ totalDocs: 0 })
  })
})

describe('files', () => {
  it('stores a PDF with title and description', async () => {
    const stored = await ctx.payload.create({
      collection: 'files',
      data: { description: 'De volledige tekst', title: 'Jaarverslag 2024 (pdf)' },
      file: file(pdf(), 'jaarverslag-2024.pdf', 'application/pdf'),
    })
    expect(stored.mimeType).toBe('application/pdf')
  })

  it('refuses an image', async () => {
    const errors = await errorsOf(ctx.payload.create({ collection: 'files', data: { title: 'foto' }, file: file(await png(), 'foto.png', 'image/png') }))
    expect(JSON.stringify(errors)).toMatch(/file|bestand/i)
  })

  it('refuses a file over the size limit, naming the file and the limit, and stores nothing', async () => {
    const big = pdf(FILES_MAX_BYTES + 1024)
    const errors = await errorsOf(ctx.payload.create({ collection: 'files', data: { title: 'te groot' }, file: file(big, 'te-groot.pdf', 'application/pdf') }))
    expect(errors).toEqual([{ message: expect.stringMatching(/"te-groot\.pdf".*maximum is 25,0 MB/), path: 'file' }])
    expect((await ctx.payload.count({ collection: 'files', where: { title: { equals: 'te groot' } } })).totalDocs).toBe(0)
  })
})

describe('uploads judged by content and served with their checked type', () => {
  const upload = async (collection: 'files' | 'media', data: Buffer, name: string, type: string, fields: Record<string, unknown>) => {
    const { token } = await login(server, 'upl-author@test.local', TEST_PASSWORD)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(data)], { type }), name)
    form.append('_payload', JSON.stringify(fields))
    const response = await fetch(`${server.url}/api/${collection}`, { body: form, headers: { Authorization: `JWT ${token}` }, method: 'POST' })
    return { body: await response.json(), status: response.status }
  }
  const served = async (collection: 'files' | 'media', filename: string) => {
    const response = await fetch(`${server.url}/api/${collection}/file/${encodeURIComponent(filename)}`)
    await response.arrayBuffer()
    return response
  }
  const xlsx = async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Cijfers').addRow(['sleutel', 'waarde'])
    return Buffer.from(await workbook.xlsx.writeBuffer())
  }
  const created: { collection: 'files' | 'media'; id: number | string }[] = []
  afterEach(async () => {
    for (const { collection, id } of created.splice(0)) await ctx.payload.delete({ collection, id })
  })

  it.each([
    ['a PNG image', 'media' as const, async () => png(), 'inhoud-foto.png', 'image/png', { alt: 'Een tegel' }, 'image/png', 'inline'],
    ['a PDF', 'files' as const, async () => pdf(), 'inhoud-verslag.pdf', 'application/pdf', { title: 'Verslag' }, 'application/pdf', 'inline'],
    [
      'an XLSX workbook',
      'files' as const,
      xlsx,
      'inhoud-cijfers.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      { title: 'Cijfers' },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'attachment',
    ],
    ['a CSV file', 'files' as const, async () => Buffer.from('sleutel;waarde\r\ndeelnemers;1540\r\n'), 'inhoud-cijfers.csv', 'text/csv', { title: 'CSV' }, 'text/csv', 'attachment'],
  ])('serves %s (%s) with its checked type and nosniff, inline only for images and PDFs', async (_what, collection, make, name, type, fields, servedType, disposition) => {
    const stored = await upload(collection, await make(), name, type, fields)
    expect(stored.status).toBe(201)
    created.push({ collection, id: stored.body.doc.id })
    expect(stored.body.doc.mimeType).toBe(servedType)
    const response = await served(collection, stored.body.doc.filename)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(servedType)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-disposition')).toBe(disposition)
  })

  it('refuses HTML uploaded as .csv (and sent as text/csv) with a 400 naming the file, and stores nothing', async () => {
    const html = Buffer.from('<!DOCTYPE html>\n<html><body><script>fetch("/api/users")</script></body></html>\n')
    const response = await upload('files', html, 'cijfers-2024.csv', 'text/csv', { title: 'Vermomd' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toEqual({ message: expect.stringMatching(/"cijfers-2024\.csv".*HTML of script/), path: 'file' })
    expect((await ctx.payload.count({ collection: 'files', where: { title: { equals: 'Vermomd' } } })).totalDocs).toBe(0)
  })

  it('refuses a script hidden further down a .csv file, naming its line', async () => {
    const text = Buffer.from('sleutel;waarde\nrij;1\nrij;2\n<svg onload=alert(1)>;3\n')
    const response = await upload('files', text, 'lijst.csv', 'text/csv', { title: 'Verstopt' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].message).toMatch(/"lijst\.csv".*regel 4/)
  })

  it.each([
    ['HTML named .png', 'media' as const, Buffer.from('<html><body>geen foto</body></html>'), 'foto.png', 'image/png', { alt: 'x' }, /"foto\.png" heet \.png, maar de inhoud is geen image\/png/],
    ['a PDF named .csv', 'files' as const, pdf(), 'tabel.csv', 'text/csv', { title: 'x' }, /"tabel\.csv" heet \.csv, maar de inhoud is application\/pdf/],
    ['a binary file named .csv', 'files' as const, Buffer.from([0x01, 0x00, 0x02, 0x00, 0x03]), 'data.csv', 'text/csv', { title: 'x' }, /"data\.csv".*NUL-byte/],
  ])('refuses %s by its content', async (_what, collection, data, name, type, fields, message) => {
    const response = await upload(collection, data, name, type, fields)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toEqual({ message: expect.stringMatching(message), path: 'file' })
  })
})
