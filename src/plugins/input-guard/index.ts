import type { Config, Plugin } from 'payload'

import type { InputGuardOptions } from './options'

import { freshRowIdsBeforeValidate } from './hooks/freshRowIdsBeforeValidate'
import { refuseBadIdBeforeOperation } from './hooks/refuseBadIdBeforeOperation'
import { refuseBadInputBeforeOperation } from './hooks/refuseBadInputBeforeOperation'
import { refuseBadWhereBeforeOperation } from './hooks/refuseBadWhereBeforeOperation'
import { refuseMissingRelationsBeforeChange } from './hooks/refuseMissingRelationsBeforeChange'
import { stripServerFieldsBeforeOperation } from './hooks/stripServerFieldsBeforeOperation'
import { withTextLimits } from './limits'
import { sanitizeOptions } from './options'

export type { InputGuardOptions, SanitizedInputGuardOptions } from './options'
export { DEFAULT_RICH_TEXT_LIMITS, DEFAULT_TEXT_LIMITS } from './options'
export type { InputProblem, RichTextLimits, TextLimits } from './types'

/**
 * Bad input gets a 400 that names the field, on every save of every guarded collection, drafts
 * included, before any hook or the database sees it:
 * - a `maxLength` on every text and textarea field that has none (titles 300, slugs 120, text
 *   1,000, textarea 10,000), enforced on drafts too;
 * - values of the wrong JSON type, select values outside the options, ids of the wrong type or
 *   of documents that do not exist;
 * - rich text that is not valid Lexical JSON, too deep or too large, or links to anything but
 *   http(s), mailto, tel or a path on this site; fields with `custom.validateOnEverySave`;
 * - server fields (`createdAt`, `updatedAt`) removed from clients' data;
 * - a `where` (reads, counts, bulk updates and deletes) with an unknown field or operator, or a
 *   value that cannot be of the field's type, refused naming its path (`where.report.equals`);
 *   likewise the `where` of a read's joins, and a document id of the wrong type (`/api/chapters/abc`);
 * - array and block rows of a new document get new ids (no collision with another document's rows).
 *
 * Register it after the other plugins: it guards the collections they add too.
 */
export const inputGuardPlugin =
  (incoming: InputGuardOptions = {}): Plugin =>
  (config: Config): Config => {
    const options = sanitizeOptions(incoming)
    if (!options.enabled) return config
    const listed = (slug: string) => !options.collections || options.collections.includes(slug)
    const guarded = (slug: string) => listed(slug) && !options.exclude.includes(slug)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        if (guarded(collection.slug)) {
          return {
            ...collection,
            fields: withTextLimits(collection.fields, options.textLimits),
            hooks: {
              ...collection.hooks,
              beforeOperation: [
                stripServerFieldsBeforeOperation(options),
                refuseBadInputBeforeOperation(options),
                refuseBadWhereBeforeOperation,
                refuseBadIdBeforeOperation,
                ...(collection.hooks?.beforeOperation ?? []),
              ],
              beforeChange: [...(collection.hooks?.beforeChange ?? []), refuseMissingRelationsBeforeChange],
              beforeValidate: [freshRowIdsBeforeValidate, ...(collection.hooks?.beforeValidate ?? [])],
            },
          }
        }
        // A collection only the server writes is still read (and filtered) by clients.
        if (listed(collection.slug)) {
          const reads = [refuseBadWhereBeforeOperation, refuseBadIdBeforeOperation]
          return { ...collection, hooks: { ...collection.hooks, beforeOperation: [...reads, ...(collection.hooks?.beforeOperation ?? [])] } }
        }
        return collection
      }),
    }
  }
