import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { TestContext } from '../helpers/payload'

import { seed } from '../../src/seed'
import { startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'

/**
 * Runs every `curl` line of the README's API section against the seeded Jaarverslag 2024 over
 * real HTTP, so the documented examples stay true.
 */
const README = readFileSync(path.resolve(process.cwd(), 'README.md'), 'utf8')
const section = README.slice(README.indexOf('\n## API\n'), README.indexOf('\n## ', README.indexOf('\n## API\n') + 5))
const curlLines = [...section.matchAll(/```bash\n([\s\S]*?)```/g)].flatMap((block) => block[1].split('\n')).filter((line) => line.includes('curl '))

let ctx: TestContext
let server: TestServer

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
  server = await startHttpServer()
}, 600_000)

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

type Call = { body?: string; etag?: 'save' | 'send'; line: string; method: 'GET' | 'HEAD' | 'POST'; url: string }

const toCall = (line: string): Call => {
  const url = (line.match(/(http:\/\/localhost:3000\/api[^'\s]*)/) as RegExpMatchArray)[1]
  const local = (target: string) => target.replace('http://localhost:3000', server.url)
  const urlencoded = line.match(/--data-urlencode '(\w+)=(.*)'$/)
  if (urlencoded) return { line, method: 'GET', url: `${local(url)}?${urlencoded[1]}=${encodeURIComponent(urlencoded[2])}` }
  const data = line.match(/ -d '(.*)'$/)
  if (data) return { body: data[1], line, method: 'POST', url: local(url) }
  const method = / -\w*I\w* /.test(line) ? 'HEAD' : 'GET'
  return { etag: line.startsWith('etag=$(') ? 'save' : line.includes('If-None-Match: $etag') ? 'send' : undefined, line, method, url: local(url) }
}

describe('README API examples', () => {
  it('has the examples the README promises', () => {
    expect(curlLines.length).toBeGreaterThanOrEqual(8)
  })

  it('every curl line answers as documented on the seeded report', async () => {
    let etag = ''
    const results: { call: Call; json: any; status: number }[] = []
    for (const call of curlLines.map(toCall)) {
      const headers: Record<string, string> = {}
      if (call.body) headers['Content-Type'] = 'application/json'
      if (call.etag === 'send') headers['If-None-Match'] = etag
      const response = await fetch(call.url, { body: call.body, headers, method: call.method })
      if (call.etag === 'send') {
        expect({ line: call.line, status: response.status }).toEqual({ line: call.line, status: 304 })
        continue
      }
      expect({ line: call.line, status: response.status }).toEqual({ line: call.line, status: 200 })
      if (call.etag === 'save') etag = response.headers.get('etag') ?? ''
      if (call.method === 'HEAD') continue
      const text = await response.text()
      const json = (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text
      if (json && typeof json === 'object') {
        expect({ line: call.line, errors: json.errors }).toEqual({ line: call.line, errors: undefined })
        if (Array.isArray(json.docs)) expect({ line: call.line, empty: json.docs.length === 0 }).toEqual({ line: call.line, empty: false })
      } else {
        expect(text.length).toBeGreaterThan(100)
      }
      results.push({ call, json, status: response.status })
    }
    expect(etag).toMatch(/^W\/"/)

    const [list, chapter, practices, graphqlPost, graphqlGet] = results.map((result) => result.json)
    const numbers = list.docs.map((doc: { number: string; section: string }) => `${doc.section} ${doc.number}`)
    expect(numbers.slice(0, 4)).toEqual(['inleiding 1', 'inleiding 2', 'inleiding 3', 'inleiding 4'])
    expect(list.docs.map((doc: { slug: string }) => doc.slug)).toContain('ons-zakelijk-plan')
    expect(list.docs.map((doc: { slug: string }) => doc.slug)).not.toContain('vraaggestuurde-werking') // a draft in the seed

    const figures = chapter.docs[0].keyFigures
    expect(figures.length).toBeGreaterThan(0)
    expect(figures[0].resolved).toMatchObject({ label: figures[0].label, matches: true, shown: figures[0].shown, source: { dataset: { period: '2013', slug: 'personeel-vte-2013' } } })

    expect(practices.docs[0].practices.map((practice: { slug: string }) => practice.slug)).toEqual(['avansa-regio-gent', 'avansa-oost-brabant'])
    expect(graphqlPost.data.Chapters.docs[0].practices.map((practice: { name: string }) => practice.name).length).toBe(2)
    const werking = graphqlGet.data.Chapters.docs.map((doc: { number: string }) => Number(doc.number))
    expect(werking).toEqual([...werking].sort((a, b) => a - b))
  }, 300_000)
})
