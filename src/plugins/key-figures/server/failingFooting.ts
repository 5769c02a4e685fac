import type { PayloadRequest } from 'payload'

import type { Finding, RecordId } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { checkDatasetsFooting, footingRulesUsing } from '../engine/index.ts'
import { loadRecords } from './loadRecords.ts'

/**
 * The footing rules of a record's dataset that name the record and do not add up, as findings
 * (rule, total and sum, in the report's style and exactly). At most three queries, inside the
 * request's transaction, so a save sees its own new value.
 */
export const failingFootingOf = async (recordId: RecordId, req: PayloadRequest, options: SanitizedKeyFiguresOptions): Promise<Finding[]> => {
  const { footing } = await loadRecords([recordId], req, options)
  return checkDatasetsFooting(footingRulesUsing(footing, recordId))
}
