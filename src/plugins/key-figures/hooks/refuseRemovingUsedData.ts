import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { RecordId } from '../engine'
import type { SanitizedKeyFiguresOptions } from '../types'

import { guardsPublishedVersion, publicationIntentOf } from '../../published-versions'
import { type Dependent, findDependents } from '../server/findDependents'

const listed = (dependents: Dependent[]) => dependents.map((doc) => `${doc.collection}/${doc.id} "${doc.title}"`).join(', ')

const refuse = (what: { en: string; nl: string }, dependents: Dependent[], req: PayloadRequest) => {
  const language = req.i18n?.language === 'en' ? 'en' : 'nl'
  const intro =
    language === 'en'
      ? `${what.en} is used by ${dependents.length} published document(s): ${listed(dependents)}.`
      : `${what.nl} wordt gebruikt door ${dependents.length} gepubliceerd(e) document(en): ${listed(dependents)}.`
  return new APIError(intro, 409, { documents: dependents.map(({ collection, id, title }) => ({ collection, id, title })) }, true)
}

/** A record or dataset that a published document depends on cannot be deleted. */
export const refuseRemovingUsedDataBeforeDelete =
  (options: SanitizedKeyFiguresOptions, kind: 'datasets' | 'records'): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const dependents = await findDependents({
      ids: [id as RecordId],
      kind,
      onlyPublished: true,
      options,
      req,
    })
    if (dependents.length) {
      throw refuse(
        kind === 'records'
          ? { en: `Record ${id} cannot be deleted: it`, nl: `Record ${id} kan niet verwijderd worden: het` }
          : { en: `Dataset ${id} cannot be deleted: it`, nl: `Dataset ${id} kan niet verwijderd worden: ze` },
        dependents,
        req,
      )
    }
  }

const refuseUnpublishingUsed = async (ids: RecordId[], options: SanitizedKeyFiguresOptions, req: PayloadRequest) => {
  const dependents = await findDependents({ ids, kind: 'datasets', onlyPublished: true, options, req })
  if (dependents.length) {
    throw refuse(
      { en: `Dataset ${ids.join(', ')} cannot be unpublished: it`, nl: `Dataset ${ids.join(', ')} kan niet gedepubliceerd worden: ze` },
      dependents,
      req,
    )
  }
}

/**
 * Unpublishing a dataset would leave published figures without data: refused while any use it.
 * What a save does to the published dataset (an unpublish, a draft save, a restore that keeps the
 * published version) was classified by the published-versions plugin before this hook, on every
 * path: REST, bulk, GraphQL, the Local API, version restores.
 */
export const refuseUnpublishingUsedDatasetBeforeChange =
  (options: SanitizedKeyFiguresOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const id = originalDoc?.id as RecordId | undefined
    if (id === undefined || publicationIntentOf(req, collection.slug, id)?.kind !== 'unpublish') return data
    await refuseUnpublishingUsed([id], options, req)
    return data
  }

/**
 * The same refusal where the published-versions plugin does not guard the datasets: only an
 * operation knows a draft save (which leaves the published dataset alone) from an unpublish.
 * Blind to version restores and to a pending draft.
 */
export const refuseUnpublishingUsedDatasetBeforeOperation =
  (options: SanitizedKeyFiguresOptions): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (guardsPublishedVersion(req.payload, collection.slug)) return args
    if (operation !== 'update' || args.draft || (args.data as { _status?: string } | undefined)?._status !== 'draft') return args
    const ids: RecordId[] =
      'id' in args && args.id !== undefined
        ? [args.id as RecordId]
        : (
            await req.payload.find({
              collection: options.slugs.datasets,
              depth: 0,
              limit: 0,
              overrideAccess: true,
              pagination: false,
              req,
              select: { id: true } as never,
              where: args.where,
            })
          ).docs.map((doc) => (doc as { id: RecordId }).id)
    await refuseUnpublishingUsed(ids, options, req)
    return args
  }
