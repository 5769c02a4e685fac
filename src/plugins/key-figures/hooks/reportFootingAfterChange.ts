import type { CollectionAfterChangeHook } from 'payload'

import type { RecordId } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { FOOTING_FIELD } from '../fields/footing.ts'
import { recordChanged } from '../server/dataChanges.ts'
import { failingFootingOf } from '../server/failingFooting.ts'

/**
 * A record save that changes a value is accepted even when a footing rule of its dataset no
 * longer adds up (a correction of a total and a part takes two saves), but never silently: the
 * saved document answers with `footing`, the failing rules that use the record (label, total,
 * sum, message), which the audit log records and the Publicatiecontrole lists. An import checks
 * footing itself, for all its records at once.
 */
export const reportFootingAfterChange =
  (options: SanitizedKeyFiguresOptions): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (!options.enabled || operation !== 'update' || !previousDoc) return doc
    if (!recordChanged(doc, previousDoc)) return doc
    return { ...doc, [FOOTING_FIELD]: await failingFootingOf(doc.id as RecordId, req, options) }
  }
