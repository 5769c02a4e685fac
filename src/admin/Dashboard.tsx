import type { Payload, PayloadRequest, Where } from 'payload'

import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { hasRole } from '../access'
import { slugs } from '../collections/slugs'
import { type AppTranslationKey, translations } from '../i18n/translations'

type Props = { i18n?: { language?: string }; payload: Payload; user?: PayloadRequest['user'] }
type Item = { at?: null | string; href: string; note?: string; title: string }

/** The documents that go through the figure check and the review stages. */
const DOCUMENTS = [slugs.chapters, slugs.featuredArticles, slugs.reports] as const
const STAGES = ['concept', 'review', 'approved', 'published'] as const
const stageLabel = { approved: { en: 'Approved', nl: 'Goedgekeurd' }, concept: { en: 'Draft', nl: 'Concept' }, published: { en: 'Published', nl: 'Gepubliceerd' }, review: { en: 'In review', nl: 'Ter review' } }

const when = (value: null | string | undefined, language: 'en' | 'nl') =>
  value
    ? new Intl.DateTimeFormat(language === 'en' ? 'en-BE' : 'nl-BE', { dateStyle: 'medium', timeStyle: 'short', timeZone: process.env.ADMIN_TIMEZONE || 'Europe/Brussels' }).format(new Date(value))
    : ''

const titleOf = (doc: Record<string, unknown>) =>
  [doc.number, doc.title ?? doc.fileName ?? doc.id].filter((part) => part !== undefined && part !== null && part !== '').join(' ')

/**
 * Above the stock dashboard: what needs doing for the report, each item a link. Queried with the
 * user's own access (an author sees what they may read; imports and scheduled publishes are for
 * editors and admins).
 */
export const Dashboard = async ({ i18n, payload, user }: Props) => {
  if (!user) return null
  const language = i18n?.language === 'en' ? 'en' : 'nl'
  const t = (key: AppTranslationKey, vars: Record<string, string> = {}) =>
    Object.entries(vars).reduce<string>(
      (text, [name, value]) => text.replace(`{{${name}}}`, value),
      translations[language].jaarverslag[key.split(':')[1] as keyof (typeof translations)['nl']['jaarverslag']],
    )
  const admin = payload.config.routes.admin
  const link = (collection: string, id: number | string) => formatAdminURL({ adminRoute: admin, path: `/collections/${collection}/${id}` })
  const editor = hasRole(user, 'admin', 'editor')

  const find = async (where: Where, limit = 8) => {
    const lists = await Promise.all(
      DOCUMENTS.map(async (collection) => {
        const { docs } = await payload.find({
          collection,
          depth: 0,
          draft: true,
          limit,
          overrideAccess: false,
          sort: '-updatedAt',
          user,
          where,
        })
        return docs.map((doc) => ({ at: (doc as { updatedAt?: string }).updatedAt, href: link(collection, doc.id), title: titleOf(doc as unknown as Record<string, unknown>) }))
      }),
    )
    return lists.flat().slice(0, limit)
  }

  const [findings, stale, review, counts, imports, scheduled, report] = await Promise.all([
    find({ 'figureCheck.status': { equals: 'mismatch' } }),
    find({ 'figureCheck.status': { equals: 'stale' } }),
    find({ workflowStage: { equals: 'review' } }),
    Promise.all(
      STAGES.map(async (stage) => {
        const totals = await Promise.all(
          DOCUMENTS.map((collection) => payload.count({ collection, overrideAccess: false, user, where: { workflowStage: { equals: stage } } }).then((result) => result.totalDocs)),
        )
        return { stage, total: totals.reduce((sum, count) => sum + count, 0) }
      }),
    ),
    editor
      ? payload
          .find({ collection: 'dataset-imports', depth: 1, limit: 5, overrideAccess: false, sort: '-createdAt', user })
          .then(({ docs }) =>
            docs.map((doc): Item => {
              const dataset = doc.dataset as { id?: number | string; title?: string } | null
              return {
                at: doc.createdAt,
                href: dataset?.id !== undefined ? link('datasets', dataset.id) : link('dataset-imports', doc.id),
                note: `v${doc.version}`,
                title: `${dataset?.title ?? ''} · ${doc.fileName ?? ''}`,
              }
            }),
          )
      : Promise.resolve([] as Item[]),
    editor
      ? payload
          .find({
            collection: 'payload-jobs',
            depth: 0,
            limit: 8,
            overrideAccess: true,
            sort: 'waitUntil',
            where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
          })
          .then(async ({ docs }) => {
            const planned = docs.flatMap((job) => {
              const input = (job.input ?? {}) as { doc?: { relationTo?: string; value?: number | string }; type?: string }
              if (!input.doc?.relationTo || input.doc.value === undefined) return []
              return [{ at: job.waitUntil, collection: input.doc.relationTo, id: input.doc.value, unpublish: input.type === 'unpublish' }]
            })
            // Each document by its title, read with the user's access (one query per collection).
            const titles = new Map<string, string>()
            for (const collection of [...new Set(planned.map((item) => item.collection))]) {
              const config = payload.collections[collection as keyof typeof payload.collections]?.config
              if (!config) continue
              const { docs: found } = await payload.find({
                collection: collection as never,
                depth: 0,
                draft: true,
                limit: 0,
                overrideAccess: false,
                pagination: false,
                user,
                where: { id: { in: planned.filter((item) => item.collection === collection).map((item) => item.id) } },
              })
              for (const doc of found as unknown as Record<string, unknown>[]) titles.set(`${collection}:${String(doc.id)}`, titleOf(doc))
            }
            return planned.map((item): Item => ({
              at: item.at,
              href: link(item.collection, item.id),
              note: item.unpublish ? (language === 'en' ? 'unpublish' : 'depubliceren') : language === 'en' ? 'publish' : 'publiceren',
              title: titles.get(`${item.collection}:${String(item.id)}`) ?? `${item.collection} ${item.id}`,
            }))
          })
      : Promise.resolve([] as Item[]),
    payload.find({ collection: slugs.reports, depth: 0, limit: 1, overrideAccess: false, sort: '-year', user }).then(({ docs }) => docs[0] as undefined | { title?: string }),
  ])

  const list = (id: string, heading: AppTranslationKey, items: Item[]) => (
    <section aria-labelledby={`dashboard-${id}`} className={`jaarverslag-dashboard__list jaarverslag-dashboard__list--${id}`}>
      <h3 id={`dashboard-${id}`}>
        {t(heading)} <span className="jaarverslag-dashboard__count">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p className="jaarverslag-dashboard__none">{t('jaarverslag:nothing')}</p>
      ) : (
        <ul>
          {items.map((item, index) => (
            <li key={`${item.href}-${index}`}>
              <a href={item.href}>{item.title}</a>
              {item.note ? <span className="jaarverslag-dashboard__note"> {item.note}</span> : null}
              {item.at ? <time dateTime={item.at}>{when(item.at, language)}</time> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )

  return (
    <div className="jaarverslag-dashboard">
      <h2>{t('jaarverslag:dashboardTitle')}</h2>
      <p>{report?.title ? t('jaarverslag:dashboardIntro', { report: report.title }) : t('jaarverslag:dashboardNoReport')}</p>
      <section aria-labelledby="dashboard-states" className="jaarverslag-dashboard__states">
        <h3 id="dashboard-states">{t('jaarverslag:perState')}</h3>
        <ul>
          {counts.map(({ stage, total }) => (
            <li data-stage={stage} key={stage}>
              <strong>{total}</strong> {stageLabel[stage][language]}
            </li>
          ))}
        </ul>
      </section>
      <div className="jaarverslag-dashboard__grid">
        {list('findings', 'jaarverslag:documentsWithFindings', findings)}
        {list('stale', 'jaarverslag:staleDocuments', stale)}
        {list('review', 'jaarverslag:waitingForReview', review)}
        {editor ? list('scheduled', 'jaarverslag:scheduledPublishes', scheduled) : null}
        {editor ? list('imports', 'jaarverslag:lastImports', imports) : null}
      </div>
    </div>
  )
}
