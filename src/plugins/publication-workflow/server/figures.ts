import type { PayloadRequest } from 'payload'

import type { Finding } from '../../key-figures'
import type { SanitizedWorkflowOptions } from '../types'

import { checkDocuments, getKeyFiguresOptions } from '../../key-figures'

/**
 * The figure findings of a document as it would be saved, through the key-figures plugin's own
 * check (one batched lookup). Collections without figures have none.
 */
export const figureFindingsOf = async (
  collection: string,
  doc: Record<string, unknown>,
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
): Promise<Finding[]> => {
  const keyFigures = getKeyFiguresOptions(req.payload, options.keyFiguresDatasets)
  if (!keyFigures?.enabled || !keyFigures.collections.includes(collection as never)) return []
  const [check] = await checkDocuments([{ collection, doc }], req, keyFigures)
  return check.findings
}

/** Many documents at once (the report-wide publish): one batched lookup for all of them. */
export const figureFindingsOfMany = async (
  documents: { collection: string; doc: Record<string, unknown> }[],
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
): Promise<Finding[][]> => {
  const keyFigures = getKeyFiguresOptions(req.payload, options.keyFiguresDatasets)
  if (!keyFigures?.enabled) return documents.map(() => [])
  const checked = documents.filter(({ collection }) => keyFigures.collections.includes(collection as never))
  const results = checked.length ? await checkDocuments(checked, req, keyFigures) : []
  let next = 0
  return documents.map(({ collection }) => (keyFigures.collections.includes(collection as never) ? results[next++].findings : []))
}
