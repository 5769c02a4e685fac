import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import type { User } from '../../src/payload-types'
import type { TestContext } from '../helpers/payload'

import { accessMatrix, type Cell, type MatrixCollection, matrixRoles, type MatrixRole } from '../../src/access/matrix'
import { client, type Client, login, startHttpServer, type TestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { publishDocument } from '../helpers/publish'
import { createUsers, TEST_PASSWORD } from '../helpers/users'

type Id = number | string
type State = 'approved' | 'concept' | 'draft' | 'published' | 'review'

let ctx: TestContext
let server: TestServer
let users: Awaited<ReturnType<typeof createUsers>>
let as: Record<MatrixRole, Client>
let reportId: Id
let seriesId: Id
let datasetId: Id
let draftDatasetId: Id
let practiceId: Id

const workflowCollections = ['reports', 'chapters', 'featured-articles', 'podcast-episodes', 'publications']
const draftCollections = [...workflowCollections, 'practices', 'people', 'podcast-series', 'datasets']

const graphQLNames: Record<MatrixCollection, string> = {
  'audit-log': 'AuditEntry',
  chapters: 'Chapter',
  'dataset-records': 'DatasetRecord',
  datasets: 'Dataset',
  'featured-articles': 'FeaturedArticle',
  files: 'File',
  media: 'Media',
  people: 'Person',
  'podcast-episodes': 'PodcastEpisode',
  'podcast-series': 'PodcastSeries',
  practices: 'Practice',
  publications: 'Publication',
  reports: 'Report',
  users: 'User',
}

let counter = 0
const png = () => sharp({ create: { background: '#0b5d6b', channels: 3, height: 8, width: 8 } }).png().toBuffer()
const pdf = () => {
  const head = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')
  const tail = Buffer.from('xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n')
  return Buffer.concat([head, Buffer.alloc(512, 32), tail])
}

/** Valid data for a new document of each collection (unique names every call). */
const dataFor = (collection: MatrixCollection): Record<string, unknown> => {
  const n = ++counter
  switch (collection) {
    case 'reports':
      return { organisation: 'Socius', title: `Matrix-verslag ${n}`, year: 2000 + (n % 150) }
    case 'chapters':
      return { report: reportId, section: 'cijfers', title: `Matrix-hoofdstuk ${n}` }
    case 'featured-articles':
      return { report: reportId, title: `Matrix-uitgelicht ${n}` }
    case 'podcast-episodes':
      return { number: n, series: seriesId, title: `Matrix-aflevering ${n}` }
    case 'publications':
      return { kind: 'brochure', title: `Matrix-publicatie ${n}`, year: 2024 }
    case 'practices':
      return { name: `Matrix-praktijk ${n}`, recognition: 'onbekend' }
    case 'people':
      return { name: `Matrix-persoon ${n}` }
    case 'podcast-series':
      return { title: `Matrix-reeks ${n}` }
    case 'datasets':
      return { period: '2024', slug: `matrix-set-${n}`, source: 'test', title: `Matrix-set ${n}` }
    case 'dataset-records':
      return { dataset: datasetId, key: `matrix.${n}`, label: `Record ${n}`, unit: 'count', value: String(n) }
    case 'audit-log':
      return { action: 'changed', collectionSlug: 'chapters', summary: `Matrix-regel ${n}` }
    case 'users':
      return { email: `matrix-${n}@test.local`, name: `Matrix ${n}`, password: TEST_PASSWORD, roles: ['author'] }
    case 'media':
      return { alt: `Matrix-beeld ${n}` }
    case 'files':
      return { title: `Matrix-bestand ${n}` }
  }
}

const titleField = (collection: MatrixCollection) =>
  ({ 'audit-log': 'summary', 'dataset-records': 'label', files: 'title', media: 'alt', people: 'name', practices: 'name', users: 'name' })[collection as string] ?? 'title'

const uploadFile = async (collection: MatrixCollection) =>
  collection === 'media'
    ? { data: await png(), mimetype: 'image/png', name: `matrix-${++counter}.png`, size: 100 }
    : { data: pdf(), mimetype: 'application/pdf', name: `matrix-${++counter}.pdf`, size: 600 }

/** A document in the given state, made by the server; `owner` owns it (workflow owner, practice attachedBy). */
const make = async (collection: MatrixCollection, { owner, state = 'published' }: { owner?: User; state?: State } = {}): Promise<Id> => {
  const data = dataFor(collection)
  if (workflowCollections.includes(collection)) {
    if (state === 'published') return (await publishDocument<{ id: Id }>(ctx.payload, collection as never, { data: { ...data, owner: owner?.id ?? null } })).id
    const stage = state === 'draft' ? 'concept' : state
    const created = (await ctx.payload.create({ collection: collection as never, data: { ...data, owner: owner?.id ?? null, workflowStage: stage } as never, draft: true })) as unknown as { id: Id }
    return created.id
  }
  if (collection === 'media' || collection === 'files') {
    return (await ctx.payload.create({ collection, data: data as never, file: (await uploadFile(collection)) as never })).id
  }
  if (collection === 'dataset-records' && state !== 'published') {
    // A record has no draft of its own: its draft state is that of its dataset.
    const created = await ctx.payload.create({ collection, data: { ...(data as object), dataset: draftDatasetId } as never, overrideAccess: true })
    return created.id
  }
  const drafts = draftCollections.includes(collection)
  const created = (await ctx.payload.create({
    collection: collection as never,
    data: (drafts ? { ...data, _status: state === 'published' ? 'published' : 'draft' } : data) as never,
    draft: drafts && state !== 'published',
    overrideAccess: true,
    ...(owner ? { user: owner } : {}),
  })) as unknown as { id: Id }
  return created.id
}

const allowed = (status: number) => status >= 200 && status < 300
const refusedStatus = (status: number) => [401, 403, 404].includes(status)

const expectOutcome = (what: string, status: number, expected: boolean) => {
  if (expected) expect({ what, status, allowed: allowed(status) }).toEqual({ what, status, allowed: true })
  else expect({ what, status, refused: refusedStatus(status) }).toEqual({ what, status, refused: true })
}

const me = (role: MatrixRole): User | undefined => (role === 'anonymous' ? undefined : users[role])

const multipart = async (collection: MatrixCollection, data: Record<string, unknown>, token?: string) => {
  const file = await uploadFile(collection)
  const form = new FormData()
  form.append('_payload', JSON.stringify(data))
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  const response = await fetch(`${server.url}/api/${collection}`, { body: form, headers: token ? { Authorization: `JWT ${token}` } : {}, method: 'POST' })
  return response.status
}

/** Checks one cell through REST (and, for reads, GraphQL). */
const checkCell = async (collection: MatrixCollection, role: MatrixRole, action: keyof (typeof accessMatrix)['chapters']['admin'], cell: Cell) => {
  const who = as[role]
  const label = `${collection} / ${role} / ${action} = ${cell}`
  const gql = async (id: Id, draft: boolean) => {
    // Only collections with drafts take the `draft` argument.
    const withDraft = draft && draftCollections.includes(collection)
    const response = await who.graphql(`query { ${graphQLNames[collection]}(id: ${JSON.stringify(id)}${withDraft ? ', draft: true' : ''}) { id } }`)
    return Boolean(response.body.data?.[graphQLNames[collection]]?.id)
  }
  switch (action) {
    case 'readPublished': {
      if (collection === 'users') {
        const other = users.otherAuthor.id
        expectOutcome(`${label}: other account`, (await who.rest(`/users/${other}`)).status, cell === 'yes')
        expect(await gql(other, false)).toBe(cell === 'yes')
        if (cell === 'own') {
          expectOutcome(`${label}: own account`, (await who.rest(`/users/${me(role)!.id}`)).status, true)
          expect(await gql(me(role)!.id, false)).toBe(true)
        }
        return
      }
      const id = await make(collection)
      expectOutcome(label, (await who.rest(`/${collection}/${id}`)).status, cell === 'yes')
      expect({ label, graphql: await gql(id, false) }).toEqual({ label, graphql: cell === 'yes' })
      return
    }
    case 'readDraft': {
      const id = await make(collection, { state: 'draft' })
      const rest = await who.rest(`/${collection}/${id}?draft=true`)
      expectOutcome(label, rest.status, cell === 'yes')
      expect({ label, graphql: await gql(id, true) }).toEqual({ label, graphql: cell === 'yes' })
      const list = await who.rest(`/${collection}?draft=true&limit=0&depth=0&where[id][equals]=${id}`)
      expect({ label, listed: (list.body?.docs ?? []).length }).toEqual({ label, listed: cell === 'yes' ? 1 : 0 })
      return
    }
    case 'create': {
      const data = dataFor(collection)
      const status =
        collection === 'media' || collection === 'files'
          ? await multipart(collection, data, who.token)
          : (await who.rest(`/${collection}${draftCollections.includes(collection) ? '?draft=true' : ''}`, { body: data, method: 'POST' })).status
      expectOutcome(label, status, cell === 'yes')
      return
    }
    case 'updateOwn':
    case 'updateOther': {
      const own = action === 'updateOwn'
      let id: Id
      if (collection === 'users') id = own ? me(role)!.id : users.otherAuthor.id
      else id = await make(collection, { owner: own ? me(role) : users.otherAuthor, state: draftCollections.includes(collection) ? 'draft' : 'published' })
      const draft = draftCollections.includes(collection) ? '?draft=true' : ''
      const content = await who.rest(`/${collection}/${id}${draft}`, { body: { [titleField(collection)]: `Gewijzigd ${++counter}` }, method: 'PATCH' })
      expectOutcome(label, content.status, cell === 'yes')
      if (cell === 'practices') {
        expectOutcome(`${label}: practices`, (await who.rest(`/${collection}/${id}${draft}`, { body: { practices: [practiceId] }, method: 'PATCH' })).status, true)
      }
      return
    }
    case 'changeStage': {
      const own = await make(collection, { owner: me(role), state: 'concept' })
      expectOutcome(`${label}: own concept -> review`, (await who.rest(`/${collection}/${own}?draft=true`, { body: { workflowStage: 'review' }, method: 'PATCH' })).status, cell === 'yes' || cell === 'to review')
      const inReview = await make(collection, { owner: me(role), state: 'review' })
      expectOutcome(`${label}: approve`, (await who.rest(`/${collection}/${inReview}?draft=true`, { body: { workflowStage: 'approved' }, method: 'PATCH' })).status, cell === 'yes')
      if (cell === 'to review') {
        const theirs = await make(collection, { owner: users.otherAuthor, state: 'concept' })
        expectOutcome(`${label}: someone else's`, (await who.rest(`/${collection}/${theirs}?draft=true`, { body: { workflowStage: 'review' }, method: 'PATCH' })).status, false)
      }
      return
    }
    case 'publish': {
      const state: State = workflowCollections.includes(collection) ? 'approved' : 'draft'
      const theirs = await make(collection, { owner: users.otherAuthor, state })
      expectOutcome(label, (await who.rest(`/${collection}/${theirs}`, { body: { _status: 'published' }, method: 'PATCH' })).status, cell === 'yes')
      if (cell === 'own') {
        const own = await make(collection, { owner: me(role), state })
        expectOutcome(`${label}: own`, (await who.rest(`/${collection}/${own}`, { body: { _status: 'published' }, method: 'PATCH' })).status, true)
      }
      return
    }
    case 'delete': {
      const id = collection === 'users' ? await make('users') : await make(collection)
      expectOutcome(label, (await who.rest(`/${collection}/${id}`, { method: 'DELETE' })).status, cell === 'yes')
      return
    }
  }
}

beforeAll(async () => {
  ctx = await startPayload()
  server = await startHttpServer()
  users = await createUsers(ctx.payload, 'mx')
  as = {
    admin: await login(server, 'mx-admin@test.local', TEST_PASSWORD),
    anonymous: client(server),
    author: await login(server, 'mx-author@test.local', TEST_PASSWORD),
    editor: await login(server, 'mx-editor@test.local', TEST_PASSWORD),
  }
  reportId = (await publishDocument<{ id: Id }>(ctx.payload, 'reports', { data: { organisation: 'Socius', sections: [{ key: 'cijfers', title: 'Cijfers' }], title: 'Matrix', year: 2024 } })).id
  seriesId = (await ctx.payload.create({ collection: 'podcast-series', data: { _status: 'published', title: 'Matrixreeks' } })).id
  datasetId = (await ctx.payload.create({ collection: 'datasets', data: { _status: 'published', period: '2024', slug: 'matrix', source: 'test', title: 'Matrix' } })).id
  draftDatasetId = (await ctx.payload.create({ collection: 'datasets', data: { _status: 'draft', period: '2024', slug: 'matrix-concept', source: 'test', title: 'Matrix concept' }, draft: true })).id
  practiceId = (await ctx.payload.create({ collection: 'practices', data: { _status: 'published', name: 'Matrixpraktijk', recognition: 'onbekend' } })).id
})

afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe.each(Object.keys(accessMatrix) as MatrixCollection[])('%s', (collection) => {
  it.each(matrixRoles.map((role) => [role]))('every cell for %s holds', async (role) => {
    const cells = accessMatrix[collection][role as MatrixRole]
    for (const [action, cell] of Object.entries(cells) as [keyof typeof cells, Cell][]) {
      if (cell === '–') continue
      await checkCell(collection, role as MatrixRole, action, cell)
    }
  })
})
