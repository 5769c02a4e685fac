import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Chapter, Dataset, DatasetRecord, Report } from '../../src/payload-types'

import { RENDER_GRACE_MS } from '../../src/plugins/cache-signals/expire'
import { LOOKBACK_MS } from '../../src/plugins/cache-signals/poller'
import { createDataset, recordFigure } from '../helpers/figures'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'
import { type Cluster, login, multiServerSkipReason, rest, type Server, startCluster, until } from './cluster'

const skip = multiServerSkipReason()
if (skip) console.warn(skip)
const suite = skip ? describe.skip : describe

let cluster: Cluster
let editorToken: string
let report: Report
let dataset: Dataset
let record: DatasetRecord
let first: Chapter
let second: Chapter

/** The content-API reads a server had to make again (SITE_CACHE_LOG=1 prints one line per cache fill). */
const fills = (server: Server) => server.output().split('\n').filter((line) => line.startsWith('site-cache fill '))

const view = async (server: Server, path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.url}${path}`, { headers })
  return { cache: response.headers.get('x-nextjs-cache'), csp: response.headers.get('content-security-policy') ?? '', html: await response.text(), status: response.status }
}

/** The fills a page view caused on `server`. */
const fillsOfView = async (server: Server, path: string) => {
  const before = fills(server).length
  const page = await view(server, path)
  return { ...page, fills: fills(server).slice(before) }
}

const chapterPath = (chapter: Chapter) => `/jaarverslagen/cache-verslag/${chapter.slug}`

/**
 * Waits until `server` has applied every cache signal written so far (SITE_CACHE_LOG=1 prints the
 * ids it applies) and the repeat of each expiry: a change made just before would otherwise expire
 * what a test's first view filled.
 */
const caughtUp = async (server: Server) => {
  const { docs } = await cluster.payload.find({ collection: 'cache-signals', depth: 0, limit: 1, sort: '-createdAt' })
  if (docs.length === 0) return
  const id = String(docs[0].id)
  const applied = (output: string) => output.split('\n').some((line) => line.startsWith('site-cache signals ') && line.split(' ').slice(2).includes(id))
  expect(applied(await until(async () => server.output(), applied, { attempts: 600, pauseMs: 50 }))).toBe(true)
  // Every expiry is made again RENDER_GRACE_MS later (src/plugins/cache-signals/expire.ts).
  await new Promise((resolve) => setTimeout(resolve, RENDER_GRACE_MS + 250))
}

beforeAll(async () => {
  if (skip) return
  cluster = await startCluster({ count: 2, env: { SITE_CACHE_LOG: '1' }, perServer: [{ jobs: false }, { jobs: false }] })
  const users = await createUsers(cluster.payload, 'cache')
  editorToken = await login(cluster.servers[0].url, users.editor.email, TEST_PASSWORD)
  report = await publishDocument<Report>(cluster.payload, 'reports', {
    data: { organisation: 'Socius', sections: [{ key: 'cijfers', title: '2024 in cijfers' }], slug: 'cache-verslag', title: 'Cacheverslag', year: 2024 },
  })
  ;({
    dataset,
    records: { leden: record },
  } = await createDataset(cluster.payload, { records: [{ key: 'leden', label: 'Leden', unit: 'count', value: '40' }], slug: 'cache-data', title: 'Ledenaantallen' }))
  first = await publishDocument<Chapter>(cluster.payload, 'chapters', {
    data: { keyFigures: [recordFigure('Leden', '40', 'count', record)], number: '1', report: report.id, section: 'cijfers', slug: 'eerste', title: 'Eerste hoofdstuk' },
  })
  second = await publishDocument<Chapter>(cluster.payload, 'chapters', {
    data: { number: '2', report: report.id, section: 'cijfers', slug: 'tweede', title: 'Tweede hoofdstuk' },
  })
  // Every server has seen the changes above before a test views a page.
  for (const server of cluster.servers) await caughtUp(server)
}, 600_000)

afterAll(async () => {
  await cluster?.stop()
})

suite('public pages from the cache, across servers', () => {
  it('renders a chapter page from what it read once: the second view reads nothing again', async () => {
    const [a] = cluster.servers
    const firstView = await fillsOfView(a, chapterPath(first))
    expect(firstView.status).toBe(200)
    expect(firstView.html).toContain('Eerste hoofdstuk')
    expect(firstView.fills.length).toBeGreaterThan(0)
    const again = await fillsOfView(a, chapterPath(first))
    expect(again.html).toContain('Eerste hoofdstuk')
    expect(again.fills).toEqual([])
    // The whole page comes from Next's cache, the same for every anonymous visitor: no nonce.
    expect(again.cache).toBe('HIT')
    expect(again.csp).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/)
    expect(again.html).not.toMatch(/nonce=/)
  })

  it('keeps the home page and the lists too, the same way', async () => {
    const [a] = cluster.servers
    for (const path of ['/', '/podcasts', '/publicaties', '/praktijken']) {
      await view(a, path)
      const kept = await view(a, path)
      expect([path, kept.status, kept.cache]).toEqual([path, 200, 'HIT'])
      expect(kept.csp).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/)
    }
    expect((await view(a, '/')).html).toContain('Eerste hoofdstuk')
    // A filtered list is rendered for its request (from the kept reads), with a nonce.
    const filtered = await view(a, '/praktijken?erkenning=erkend')
    expect([filtered.status, filtered.cache]).toEqual([200, null])
    expect(filtered.csp).toMatch(/'nonce-/)
    expect((await view(a, '/bewaard/start')).status).toBe(404)
  })

  it('renders the page for a logged-in visitor, with a script nonce, and never keeps it', async () => {
    const [a] = cluster.servers
    await view(a, chapterPath(first))
    const before = fills(a).length
    const personal = await view(a, chapterPath(first), { Cookie: `payload-token=${editorToken}` })
    expect(personal.status).toBe(200)
    expect(personal.html).toContain('Eerste hoofdstuk')
    expect(personal.cache).toBeNull()
    const nonce = /'nonce-([^']+)'/.exec(personal.csp)?.[1]
    expect(nonce).toBeTruthy()
    expect(personal.html).toContain(`nonce="${nonce}"`)
    // What it read came from the data cache, as any visitor's would.
    expect(fills(a).slice(before)).toEqual([])
    // The copy's own address is not a page of the site.
    expect((await view(a, `/per-verzoek${chapterPath(first)}`)).status).toBe(404)
    expect((await view(a, chapterPath(first))).cache).toBe('HIT')
  })

  it('a publish through server A makes server B read again exactly what shows the chapter, and nothing of the other chapter', async () => {
    const [a, b] = cluster.servers
    await view(b, chapterPath(first))
    await view(b, chapterPath(second))
    expect((await fillsOfView(b, chapterPath(second))).fills).toEqual([])

    const published = await rest(a.url, 'PATCH', `/chapters/${first.id}`, { body: { _status: 'published', title: 'Eerste hoofdstuk, herzien' }, token: editorToken })
    expect(published.status).toBe(200)

    // B hears of it through the cache signal (polled; CACHE_SIGNAL_POLL_MS): read until it shows.
    const seen = await until(
      () => fillsOfView(b, chapterPath(first)),
      (page) => page.html.includes('Eerste hoofdstuk, herzien'),
    )
    expect(seen.html).toContain('Eerste hoofdstuk, herzien')
    const firstId = `where%5Band%5D%5B1%5D%5Bslug%5D%5Bequals%5D=eerste`
    const secondId = `where%5Band%5D%5B1%5D%5Bslug%5D%5Bequals%5D=tweede`
    const refilled = fills(b).join('\n')
    expect(refilled).toContain(firstId)
    // The other chapter: its own document is still served from the cache (only the list of
    // chapters, which shows the new title in the pager, is read again).
    const other = await fillsOfView(b, chapterPath(second))
    expect(other.html).toContain('Eerste hoofdstuk, herzien')
    // The home page's table of contents too.
    expect((await view(b, '/')).html).toContain('Eerste hoofdstuk, herzien')
    expect(other.fills.filter((line) => line.includes(secondId))).toEqual([])
    expect(other.fills.every((line) => line.startsWith('site-cache fill /chapters?'))).toBe(true)
  })

  it('a chapter asked for before it was published (a kept "not found") shows on every server once it is', async () => {
    const path = '/jaarverslagen/cache-verslag/later'
    for (const server of cluster.servers) {
      expect((await view(server, path)).status).toBe(404)
      expect((await view(server, path)).status).toBe(404)
    }
    await publishDocument<Chapter>(cluster.payload, 'chapters', { data: { number: '3', report: report.id, section: 'cijfers', slug: 'later', title: 'Later hoofdstuk' } })
    for (const server of cluster.servers) {
      const shown = await until(
        () => view(server, path),
        (page) => page.status === 200,
      )
      expect(shown.html).toContain('Later hoofdstuk')
    }
  })

  it('an unpublish through server A takes the chapter off every server', async () => {
    const [a, b] = cluster.servers
    await view(b, chapterPath(second))
    // An unpublish: `_status: 'draft'` on a save without `draft` (README, the workflow).
    expect((await rest(a.url, 'PATCH', `/chapters/${second.id}`, { body: { _status: 'draft' }, token: editorToken })).status).toBe(200)
    const gone = await until(
      () => view(b, chapterPath(second)),
      (page) => page.status === 404,
    )
    expect(gone.status).toBe(404)
  })

  it('a record change through server A that makes a figure stale shows on server B, and a dataset rename on every server', async () => {
    const [a, b] = cluster.servers
    await view(b, chapterPath(first))
    expect((await rest(a.url, 'PATCH', `/dataset-records/${record.id}`, { body: { value: '41' }, token: editorToken })).status).toBe(200)
    // The figure's receipt shows the data's value: 41 now, on B too.
    const stale = await until(
      () => view(b, chapterPath(first)),
      (page) => page.html.includes('41'),
    )
    expect(stale.html).toContain('41')

    expect((await rest(b.url, 'PATCH', `/datasets/${dataset.id}`, { body: { title: 'Leden per jaar' }, token: editorToken })).status).toBe(200)
    for (const server of cluster.servers) {
      const renamed = await until(
        () => view(server, chapterPath(first)),
        (page) => page.html.includes('Leden per jaar'),
      )
      expect(renamed.html).toContain('Leden per jaar')
      expect(renamed.html).not.toContain('Ledenaantallen')
      // And the API of every server names it too, with the verdict against the new value.
      const api = (await rest(server.url, 'GET', `/chapters/${first.id}?depth=0`)).json
      expect(api.keyFigures[0].resolved).toMatchObject({ matches: false, source: { dataset: { title: 'Leden per jaar' } }, value: '41' })
    }
  })

  it('never serves a draft or the live preview from the cache', async () => {
    const [a] = cluster.servers
    await view(a, chapterPath(first))
    // A draft save changes nothing a visitor sees, and signals nothing.
    expect((await rest(a.url, 'PATCH', `/chapters/${first.id}?draft=true`, { body: { title: 'Nog niet klaar' }, token: editorToken })).status).toBe(200)
    const visitor = await fillsOfView(a, chapterPath(first))
    expect(visitor.html).not.toContain('Nog niet klaar')
    // The editor's preview reads the draft, past the cache.
    const preview = await fetch(`${a.url}/preview?path=${encodeURIComponent(chapterPath(first))}`, { headers: { Authorization: `JWT ${editorToken}` }, redirect: 'manual' })
    const draftCookie = (preview.headers.get('set-cookie') ?? '').split(';')[0]
    expect(draftCookie).toMatch(/__prerender_bypass=/)
    const previewed = await fetch(`${a.url}${chapterPath(first)}`, { headers: { Cookie: `payload-token=${editorToken}; ${draftCookie}` } })
    expect(await previewed.text()).toContain('Nog niet klaar')
    const afterPreview = await fillsOfView(a, chapterPath(first))
    expect(afterPreview.html).not.toContain('Nog niet klaar')
  })

  // Last: it kills server B. Kept pages live in memory only (next.config.mjs, `isrFlushToDisk:
  // false`); kept on disk, a server started later from the same build would serve B's page from
  // before a change it never heard of (cache signals reach only servers that are running).
  it('a server started after a change shows the page as it is now, never a page an earlier server kept', async () => {
    const [a, b] = cluster.servers
    const chapter = await publishDocument<Chapter>(cluster.payload, 'chapters', {
      data: { number: '4', report: report.id, section: 'cijfers', slug: 'herstart', title: 'Hoofdstuk voor de herstart' },
    })
    const path = chapterPath(chapter)
    await until(
      () => view(b, path),
      (page) => page.status === 200,
    )
    // B keeps the page and serves it from its cache (and would write it to disk by now, if it did).
    expect((await view(b, path)).cache).toBe('HIT')
    await new Promise((resolve) => setTimeout(resolve, 500))
    await b.kill()

    expect((await rest(a.url, 'PATCH', `/chapters/${chapter.id}`, { body: { _status: 'published', title: 'Hoofdstuk na de herstart' }, token: editorToken })).status).toBe(200)
    // C starts as a server would long after the change: a starting server applies the signals of
    // the last LOOKBACK_MS, so the change's signals are made older than that.
    const recent = { createdAt: { greater_than: new Date(Date.now() - LOOKBACK_MS).toISOString() } }
    const aged = await cluster.payload.update({ collection: 'cache-signals', data: { createdAt: new Date(Date.now() - LOOKBACK_MS - 60_000).toISOString() }, where: recent })
    expect(aged.docs.length).toBeGreaterThan(0)
    expect((await cluster.payload.count({ collection: 'cache-signals', where: recent })).totalDocs).toBe(0)
    const c = await cluster.addServer({ jobs: false })
    const page = await view(c, path)
    expect(page.status).toBe(200)
    expect(/<title>([^<]*)<\/title>/.exec(page.html)?.[1]).toBe('Hoofdstuk na de herstart · Jaarverslag')
    expect(page.html).not.toContain('Hoofdstuk voor de herstart')
  })
})
