import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { createLocalReq } from 'payload'
import sharp from 'sharp'

import type { DatasetSeed, FigureSeed, RecordRef } from './types'

import { KeyFiguresGateError } from '@jaarverslag/key-figures'
import { chapters, featuredArticles, people, podcastSeries, practices, publications, report } from './content'
import { datasets, figures } from './data'
import { markdownToLexical } from './lexical'

export type SeedOptions = {
  /** Delete everything the seed creates first (users excepted), then seed. */
  reset?: boolean
  log?: (message: string) => void
}

export type SeedResult = {
  created: Record<string, number>
  published: string[]
  keptAsDraft: { collection: string; slug: string; findings: string[] }[]
}

export const DEMO_USERS = [
  { email: 'admin@jaarverslag.local', name: 'Beheerder (demo)', roles: ['admin'] },
  { email: 'redacteur@jaarverslag.local', name: 'Redacteur (demo)', roles: ['editor'] },
  { email: 'auteur@jaarverslag.local', name: 'Auteur (demo)', roles: ['author'] },
] as const

/** Outside production the demo password has a default; in production only when it is set. */
export const demoPassword = (env: Record<string, string | undefined> = process.env): string | null =>
  env.SEED_DEMO_PASSWORD || (env.NODE_ENV === 'production' ? null : 'jaarverslag-demo')

/** Collections the seed fills, in the order they are emptied by --reset (dependents first). */
const SEEDED: CollectionSlug[] = [
  'chapters',
  'media',
  'featured-articles',
  'reports',
  'podcast-episodes',
  'podcast-series',
  'publications',
  'practices',
  'people',
  'dataset-records',
  'datasets',
]

type Id = number | string

/**
 * Seeds the Jaarverslag 2024. Idempotent: every document is looked up by its natural key (slug,
 * name, dataset + key) before it is created, so running it twice changes nothing. Documents
 * whose figures disagree with their data stay drafts; everything else is published.
 */
export const seed = async (payload: Payload, { log = () => undefined, reset = false }: SeedOptions = {}): Promise<SeedResult> => {
  const req: PayloadRequest = await createLocalReq({ context: { seeding: true } }, payload)
  const result: SeedResult = { created: {}, keptAsDraft: [], published: [] }
  const count = (collection: string) => (result.created[collection] = (result.created[collection] ?? 0) + 1)

  if (reset) {
    for (const collection of SEEDED) {
      await payload.delete({ collection, overrideAccess: true, req, where: { id: { exists: true } } })
    }
    log('reset: seeded collections emptied')
  }

  const findOne = async (collection: CollectionSlug, where: Where): Promise<{ id: Id } | null> => {
    const { docs } = await payload.find({ collection, depth: 0, draft: true, limit: 1, overrideAccess: true, pagination: false, req, select: {} as never, where })
    return (docs[0] as { id: Id } | undefined) ?? null
  }
  const ensure = async (collection: CollectionSlug, where: Where, data: () => Record<string, unknown>, draft = false): Promise<Id> => {
    const existing = await findOne(collection, where)
    if (existing) return existing.id
    const created = await payload.create({ collection, data: data() as never, depth: 0, draft, overrideAccess: true, req, select: {} as never })
    count(collection)
    return (created as { id: Id }).id
  }

  // Demo users
  const password = demoPassword()
  if (password) {
    for (const user of DEMO_USERS) {
      await ensure('users', { email: { equals: user.email } }, () => ({ ...user, password, roles: [...user.roles] }))
    }
  }

  // People
  const personIds = new Map<string, Id>()
  for (const person of people) {
    personIds.set(person.name, await ensure('people', { name: { equals: person.name } }, () => ({ ...person, _status: 'published' })))
  }

  // Datasets, their records, then their footing rules (which point at records)
  const recordIds = new Map<RecordRef, Id>()
  for (const dataset of datasets) await seedDataset(dataset)

  async function seedDataset(dataset: DatasetSeed) {
    const existing = await findOne('datasets', { slug: { equals: dataset.slug } })
    const datasetId =
      existing?.id ??
      (await ensure('datasets', { slug: { equals: dataset.slug } }, () => ({
        _status: 'published',
        description: dataset.description,
        period: dataset.period,
        ...(dataset.series ? { series: dataset.series } : {}),
        slug: dataset.slug,
        source: dataset.source,
        title: dataset.title,
      })))
    const { docs } = await payload.find({
      collection: 'dataset-records',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { key: true } as never,
      where: { dataset: { equals: datasetId } },
    })
    const known = new Map((docs as { id: Id; key: string }[]).map((doc) => [doc.key, doc.id]))
    for (const record of dataset.records) {
      let id = known.get(record.key)
      if (id === undefined) {
        const created = await payload.create({ collection: 'dataset-records', data: { ...record, dataset: datasetId } as never, depth: 0, overrideAccess: true, req, select: {} as never })
        id = (created as { id: Id }).id
        count('dataset-records')
      }
      recordIds.set(`${dataset.slug}/${record.key}`, id)
    }
    if (!existing && dataset.footing?.length) {
      const byKey = (key: string) => {
        const id = recordIds.get(`${dataset.slug}/${key}`)
        if (id === undefined) throw new Error(`Seed: footing rule of ${dataset.slug} names unknown record "${key}"`)
        return id
      }
      await payload.update({
        collection: 'datasets',
        data: { footingRules: dataset.footing.map((rule) => ({ label: rule.label, parts: rule.parts.map(byKey), total: byKey(rule.total) })) } as never,
        depth: 0,
        id: datasetId,
        overrideAccess: true,
        req,
        select: {} as never,
      })
    }
  }

  // Practices, podcasts, publications
  const practiceIds = new Map<string, Id>()
  for (const practice of practices) {
    practiceIds.set(practice.slug, await ensure('practices', { slug: { equals: practice.slug } }, () => ({ ...practice, _status: 'published' })))
  }
  const practiceRefs = (slugs: string[] | undefined) => (slugs ?? []).map((slug) => practiceIds.get(slug)).filter((id): id is Id => id !== undefined)

  for (const series of podcastSeries) {
    const seriesId = await ensure('podcast-series', { slug: { equals: series.slug } }, () => ({
      _status: 'published',
      description: series.description,
      platformUrl: series.platformUrl,
      producer: series.producer,
      slug: series.slug,
      title: series.title,
    }))
    for (const episode of series.episodes) {
      await ensure('podcast-episodes', { and: [{ series: { equals: seriesId } }, { number: { equals: episode.number } }] }, () => ({
        ...episode,
        _status: 'published',
        workflowStage: 'approved',
        practices: practiceRefs(episode.practices),
        series: seriesId,
      }))
    }
  }

  for (const publication of publications) {
    await ensure('publications', { slug: { equals: publication.slug } }, () => ({
      ...publication,
      _status: 'published',
      workflowStage: 'approved',
      authors: (publication.authors ?? []).map((name) => ({ name, person: personIds.get(name) })),
    }))
  }

  // The report, its chapters and articles: drafts first, published once their figures check out
  const figuresOf = (collection: FigureSeed['document']['collection'], slug: string) =>
    figures
      .filter((figure) => figure.document.collection === collection && figure.document.slug === slug)
      .map((figure) => ({
        label: figure.label,
        operands: (figure.operands ?? []).map(recordId),
        operation: figure.operation ?? 'record',
        record: figure.record ? recordId(figure.record) : undefined,
        rounding: figure.rounding ?? 'tolerant',
        shown: figure.shown,
        unit: figure.unit,
      }))
  function recordId(ref: RecordRef): Id {
    const id = recordIds.get(ref)
    if (id === undefined) throw new Error(`Seed: a figure points at unknown record "${ref}"`)
    return id
  }

  const reportId = await ensure(
    'reports',
    { slug: { equals: report.slug } },
    () => ({
      foreword: markdownToLexical(report.foreword),
      forewordSignatory: personIds.get(report.forewordSignatory),
      keyFigures: figuresOf('reports', report.slug),
      meta: report.meta,
      organisation: report.organisation,
      policyPeriod: report.policyPeriod,
      sections: report.sections,
      slug: report.slug,
      theme: report.theme,
      title: report.title,
      year: report.year,
    }),
    true,
  )

  // Photos: the report's captions and credits. The PDF's images are not part of the text we
  // transcribe, so each photo gets a generated placeholder to hang them on: a neutral tile with a
  // picture mark, which reads as "photo to come", never as a block of colour.
  const photoIds = new Map<string, Id>()
  const placeholderTile = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">' +
      '<rect width="1200" height="800" fill="#eeece7"/>' +
      '<g fill="none" stroke="#c9c5bb" stroke-width="10" stroke-linejoin="round">' +
      '<rect x="510" y="330" width="180" height="140" rx="14"/><circle cx="560" cy="375" r="16"/>' +
      '<path d="M520 455l55-55 40 40 30-30 45 45"/></g></svg>',
  )
  const uniquePhotos = [...new Map(chapters.flatMap((chapter) => chapter.photos ?? []).map((photo) => [photo.caption, photo])).values()]
  for (const [index, photo] of uniquePhotos.entries()) {
    const filename = `jaarverslag-2024-foto-${String(index + 1).padStart(2, '0')}.png`
    const existing = await findOne('media', { filename: { equals: filename } })
    if (existing) {
      photoIds.set(photo.caption, existing.id)
      continue
    }
    const data = await sharp(placeholderTile).png({ palette: true }).toBuffer()
    const created = await payload.create({
      collection: 'media',
      data: { alt: photo.caption, caption: photo.caption, credit: photo.credit } as never,
      depth: 0,
      file: { data, mimetype: 'image/png', name: filename, size: data.length },
      overrideAccess: true,
      req,
      select: {} as never,
    })
    count('media')
    photoIds.set(photo.caption, (created as { id: Id }).id)
  }

  const chapterIds = new Map<string, Id>()
  for (const chapter of chapters) {
    chapterIds.set(
      chapter.slug,
      await ensure(
        'chapters',
        { and: [{ report: { equals: reportId } }, { slug: { equals: chapter.slug } }] },
        () => ({
          activities: chapter.activities,
          body: markdownToLexical(chapter.body),
          keyFigures: figuresOf('chapters', chapter.slug),
          number: chapter.number,
          photos: (chapter.photos ?? []).map((photo) => photoIds.get(photo.caption)).filter((id): id is Id => id !== undefined),
          practices: practiceRefs(chapter.practices),
          report: reportId,
          section: chapter.section,
          slug: chapter.slug,
          summary: chapter.summary,
          title: chapter.title,
        }),
        true,
      ),
    )
  }

  const articleIds = new Map<string, Id>()
  for (const article of featuredArticles) {
    articleIds.set(
      article.slug,
      await ensure(
        'featured-articles',
        { and: [{ report: { equals: reportId } }, { slug: { equals: article.slug } }] },
        () => ({
          author: article.author ? personIds.get(article.author) : undefined,
          body: markdownToLexical(article.body),
          chapter: chapterIds.get(article.chapter),
          footnotes: article.footnotes,
          keyFigures: figuresOf('featured-articles', article.slug),
          lead: article.lead,
          practices: practiceRefs(article.practices),
          pullQuotes: article.pullQuotes,
          report: reportId,
          slug: article.slug,
          title: article.title,
        }),
        true,
      ),
    )
  }

  // Publish what agrees with its data; keep the rest as drafts, with the reason.
  const tryPublish = async (collection: CollectionSlug, slug: string, id: Id, extra: Record<string, unknown> = {}) => {
    const current = await payload.findByID({ collection, depth: 0, id, overrideAccess: true, req, select: { _status: true } as never })
    if ((current as { _status?: string })._status === 'published') return
    try {
      // The seed acts as the server: it approves and publishes in one save (the figure check still runs).
      await payload.update({ collection, data: { ...extra, _status: 'published', workflowStage: 'approved' } as never, depth: 0, id, overrideAccess: true, req, select: {} as never })
      result.published.push(`${collection}/${slug}`)
    } catch (error) {
      if (!(error instanceof KeyFiguresGateError)) throw error
      result.keptAsDraft.push({ collection, findings: error.findings.map((finding) => finding.message.nl), slug })
      if (Object.keys(extra).length) {
        await payload.update({ collection, data: extra as never, depth: 0, draft: true, id, overrideAccess: true, req, select: {} as never })
      }
    }
  }
  await tryPublish('reports', report.slug, reportId)
  for (const article of featuredArticles) await tryPublish('featured-articles', article.slug, articleIds.get(article.slug)!)
  for (const chapter of chapters) {
    const related = (chapter.featuredArticles ?? []).map((slug) => articleIds.get(slug)).filter((id): id is Id => id !== undefined)
    await tryPublish('chapters', chapter.slug, chapterIds.get(chapter.slug)!, related.length ? { featuredArticles: related } : {})
  }

  log(
    `seed: created ${Object.entries(result.created)
      .map(([collection, n]) => `${n} ${collection}`)
      .join(', ') || 'nothing (already seeded)'}; published ${result.published.length}; kept as draft ${result.keptAsDraft.length}`,
  )
  for (const draft of result.keptAsDraft) log(`  draft ${draft.collection}/${draft.slug}: ${draft.findings.join(' | ')}`)
  return result
}
