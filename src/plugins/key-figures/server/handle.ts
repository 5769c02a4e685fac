import type { DatasetImportEntry, KeyFigures, SanitizedKeyFiguresOptions } from '../types.ts'

import { SKIP_FIGURE_CHECK } from '../types.ts'

import { normalizeRecordId, type Finding, type RecordId } from '../engine/index.ts'
import { FOOTING_FIELD } from '../fields/footing.ts'
import { richTextPathsOf } from '../fields/richTextFields.ts'
import { importsSlugOf } from '../import/server/slugs.ts'
import { servesCollection } from '../options.ts'
import { checkDocuments } from './checkDocuments.ts'
import { removedWithDataset } from './datasetContents.ts'

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0)

/** What other plugins may ask of one instance (see `KeyFigures` in types.ts), given its sanitized options. */
export const keyFiguresHandle = (options: SanitizedKeyFiguresOptions): KeyFigures => {
  const serves = (collection: string) => servesCollection(options, collection)
  return {
    audit: {
      answerFields: [FOOTING_FIELD],
      footingOf: (record) => (Array.isArray(record[FOOTING_FIELD]) ? (record[FOOTING_FIELD] as Finding[]) : []),
      importOf: ({ data, doc }): DatasetImportEntry => {
        // `doc` holds only what the creator selected; `data` is what was written.
        const entry = { ...data, ...doc }
        const summary = (entry.summary ?? {}) as Record<string, unknown>
        return {
          dataset: normalizeRecordId(entry.dataset) as RecordId,
          fileName: String(entry.fileName ?? ''),
          summary: { added: count(summary.added), changed: count(summary.changed), removed: count(summary.removed), unchanged: count(summary.unchanged) },
          version: count(entry.version),
        }
      },
      removedWithDataset,
    },
    findingsOf: async (documents, req) => {
      const served = options.enabled ? documents.filter(({ collection }) => serves(collection)) : []
      const checks = served.length ? await checkDocuments(served, req, options) : []
      let next = 0
      return documents.map(({ collection }) => (options.enabled && serves(collection) ? checks[next++].findings : []))
    },
    importsSlug: importsSlugOf(options),
    isRegisteredIn: (config) => Boolean(config.collections?.some((collection) => collection.slug === options.slugs.datasets)),
    options,
    richTextPathsOf: (payload, collection) => (serves(collection) ? richTextPathsOf(payload, collection) : []),
    skipCheckContext: { [SKIP_FIGURE_CHECK]: true },
  }
}
