import type { Finding } from '@jaarverslag/key-figures/types'
import type { PayloadRequest } from 'payload'

import type { SanitizedWorkflowOptions } from '../types.ts'

/**
 * The figure findings of documents as they would be saved, through the key-figures instance the
 * workflow was given (its own check, one batched lookup for all). None without one, and none for
 * collections it does not serve.
 */
export const figureFindingsOfMany = async (
  documents: { collection: string; doc: Record<string, unknown> }[],
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
): Promise<Finding[][]> => (options.keyFigures ? options.keyFigures.findingsOf(documents, req) : documents.map(() => []))

/** One document. */
export const figureFindingsOf = async (collection: string, doc: Record<string, unknown>, req: PayloadRequest, options: SanitizedWorkflowOptions): Promise<Finding[]> =>
  (await figureFindingsOfMany([{ collection, doc }], req, options))[0]
