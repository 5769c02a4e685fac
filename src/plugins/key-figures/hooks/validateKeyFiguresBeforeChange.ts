import type { CollectionBeforeChangeHook } from 'payload'

import type { FigureBinding } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { normalizeRecordId } from '../engine/index.ts'

import { currentDatasetVersions } from '../import/server/versions.ts'
import { checkDocuments } from '../server/checkDocuments.ts'
import { KeyFiguresGateError } from '../server/gateError.ts'
import { SKIP_FIGURE_CHECK } from '../types.ts'

/**
 * The publish gate. Every save checks the document's figures (array and inline) against their
 * data and stores the outcome in `figureCheck`; a save that publishes is refused when anything
 * disagrees. Because it is a collection hook, admin, REST, GraphQL, the Local API, version
 * restores and scheduled publish jobs all pass through it.
 */
export const validateKeyFiguresBeforeChange =
  (options: SanitizedKeyFiguresOptions, hasDrafts: boolean): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    if (req.context?.[SKIP_FIGURE_CHECK]) return data
    // On update `data` may hold only what changed (a scheduled publish sends only `_status`).
    const merged = { ...originalDoc, ...data }
    // Versions first, values second: the stored version is never newer than the values checked
    // (see import/server/recheck.ts for why that order matters).
    const versions = await currentDatasetVersions(null, req, options)
    const [check] = await checkDocuments([{ collection: collection.slug, doc: merged }], req, options)

    if (check.missingRecords.length) {
      // Not storable on any save: SQL refuses the relationship, and on MongoDB it would dangle.
      const missing = new Set(check.missingRecords.map(String))
      const refersToMissing = (figure: FigureBinding) =>
        [figure.record, ...(figure.operands ?? [])].some((ref) => missing.has(String(normalizeRecordId(ref))))
      const findings = check.results.flatMap((result, index) =>
        result.finding && refersToMissing(check.figures[index]) ? [result.finding] : [],
      )
      throw new KeyFiguresGateError({ collection: collection.slug, findings, req })
    }
    // Only the inline figures' records: the figure cards are found through their own columns.
    data.referencedRecords = check.inlineRecords
    data.awaitedDatasets = check.awaitedDatasets
    data.figureCheck = {
      checkedAt: new Date().toISOString(),
      datasetVersions: Object.fromEntries(check.referencedDatasets.map((id) => [String(id), versions[String(id)] ?? 0])),
      figures: check.figures.length,
      findings: check.findings,
      status: check.status,
    }

    const status = data._status ?? originalDoc?._status ?? (hasDrafts ? 'draft' : 'published')
    if (status === 'published' && check.findings.length > 0) {
      throw new KeyFiguresGateError({ collection: collection.slug, findings: check.findings, req })
    }
    return data
  }
