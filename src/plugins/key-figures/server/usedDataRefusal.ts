import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { RecordId } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { type Dependent, type DependencyKind, findDependents } from './findDependents.ts'

const listed = (dependents: Dependent[]) => dependents.map((doc) => `${doc.collection}/${doc.id} "${doc.title}"`).join(', ')

/** HTTP 409 naming the published documents that use the data, in the user's language. */
const usedDataError = (what: { en: string; nl: string }, dependents: Dependent[], req: PayloadRequest) => {
  const language = req.i18n?.language === 'en' ? 'en' : 'nl'
  const intro =
    language === 'en'
      ? `${what.en} is used by ${dependents.length} published document(s): ${listed(dependents)}.`
      : `${what.nl} wordt gebruikt door ${dependents.length} gepubliceerd(e) document(en): ${listed(dependents)}.`
  return new APIError(intro, 409, { documents: dependents.map(({ collection, id, title }) => ({ collection, id, title })) }, true)
}

/**
 * Refuses (409) to take away data that published documents use: deleting records or datasets,
 * or unpublishing datasets, with the list of those documents.
 */
export const refuseIfPublishedDocumentsUse = async ({
  change,
  ids,
  kind,
  options,
  req,
}: {
  change: 'delete' | 'unpublish'
  ids: RecordId[]
  kind: DependencyKind
  options: SanitizedKeyFiguresOptions
  req: PayloadRequest
}): Promise<void> => {
  const dependents = await findDependents({ ids, kind, onlyPublished: true, options, req })
  if (!dependents.length) return
  const named = ids.join(', ')
  const what =
    change === 'unpublish'
      ? { en: `Dataset ${named} cannot be unpublished: it`, nl: `Dataset ${named} kan niet gedepubliceerd worden: ze` }
      : kind === 'records'
        ? { en: `Record ${named} cannot be deleted: it`, nl: `Record ${named} kan niet verwijderd worden: het` }
        : { en: `Dataset ${named} cannot be deleted: it`, nl: `Dataset ${named} kan niet verwijderd worden: ze` }
  throw usedDataError(what, dependents, req)
}
