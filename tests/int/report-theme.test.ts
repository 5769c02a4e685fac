import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Report } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let server: TestServer
let editor: Client

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  await createUsers(ctx.payload, 'theme')
  editor = await login(server, 'theme-editor@test.local', TEST_PASSWORD)
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe('report theme', () => {
  let report: Report

  beforeAll(async () => {
    report = await publishDocument<Report>(ctx.payload, 'reports', { data: { organisation: 'Socius', title: 'Jaarverslag thema', year: 2024 } })
  })

  afterAll(async () => {
    await ctx.payload.delete({ collection: 'reports', id: report.id })
  })

  it('stores two colours that pass the contrast check, and serves them to anonymous readers', async () => {
    const response = await editor.rest(`/reports/${report.id}`, { body: { theme: { accentColor: '#f2b134', primaryColor: '#0b5d6b' } }, method: 'PATCH' })
    expect(response.status).toBe(200)
    const read = await ctx.payload.findByID({ collection: 'reports', depth: 0, id: report.id })
    expect(read.theme).toMatchObject({ accentColor: '#f2b134', primaryColor: '#0b5d6b' })
  })

  it('refuses a primary colour with too little contrast against white: 400 naming theme.primaryColor and the ratio, nothing saved', async () => {
    const response = await editor.rest(`/reports/${report.id}`, { body: { theme: { accentColor: '#f2b134', primaryColor: '#7fb3c0' } }, method: 'PATCH' })
    expect(response.status).toBe(400)
    const errors = response.body.errors[0].data.errors as { message: string; path: string }[]
    const error = errors.find((candidate) => candidate.path === 'theme.primaryColor')
    expect(error?.message).toMatch(/Hoofdkleur #7fb3c0 heeft een contrast van 2,\d\d:1 met wit/)
    const read = await ctx.payload.findByID({ collection: 'reports', depth: 0, id: report.id })
    expect(read.theme?.primaryColor).toBe('#0b5d6b')
  })

  it('refuses an accent colour too dark to sit behind the text: 400 naming theme.accentColor', async () => {
    const response = await editor.rest(`/reports/${report.id}`, { body: { theme: { accentColor: '#333333' } }, method: 'PATCH' })
    expect(response.status).toBe(400)
    const errors = response.body.errors[0].data.errors as { message: string; path: string }[]
    expect(errors.find((candidate) => candidate.path === 'theme.accentColor')?.message).toContain('met de tekstkleur')
  })
})
