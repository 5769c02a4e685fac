import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import type { TestContext } from '../helpers/payload'

import { FILES_MAX_BYTES } from '../../src/collections/Files'
import { client, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { createUsers } from '../helpers/users'

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
