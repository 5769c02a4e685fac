import type { PayloadRequest } from 'payload'

import type { Finding } from '@jaarverslag/key-figures/types'
import type { SanitizedWorkflowOptions, Stage } from '../types.ts'

import { figureFindingsOfMany } from './figures.ts'
import { stageLabels, workflowFields } from '../types.ts'

export type PublishEvaluation = {
  collection: string
  id: number | string
  title: null | string
  stage: Stage
  ok: boolean
  /** Why it cannot be published, in Dutch and English (empty when ok). */
  reasons: { en: string; nl: string }[]
  findings: Finding[]
}

/**
 * Would these documents pass a publish right now? The same two conditions the hooks enforce:
 * stage approved (or already published) and a clean figure check, checked for all documents
 * with one batched lookup. Used where the answer is needed before (report-wide publish) or after
 * (a failed scheduled publish) the save itself.
 */
export const evaluatePublish = async (
  documents: { collection: string; doc: Record<string, unknown> }[],
  req: PayloadRequest,
  options: SanitizedWorkflowOptions,
): Promise<PublishEvaluation[]> => {
  const findings = await figureFindingsOfMany(documents, req, options)
  return documents.map(({ collection, doc }, index) => {
    const stage = ((doc[workflowFields.stage] as Stage | undefined) ?? 'concept') as Stage
    const titleField = req.payload.collections[collection as keyof typeof req.payload.collections]?.config.admin?.useAsTitle ?? 'title'
    const reasons: PublishEvaluation['reasons'] = []
    if (stage !== 'approved' && stage !== 'published') {
      reasons.push({
        en: `Stage is ${stageLabels[stage]?.en ?? stage}, not Approved.`,
        nl: `Fase is ${stageLabels[stage]?.nl ?? stage}, niet Goedgekeurd.`,
      })
    }
    if (findings[index].length) {
      reasons.push({
        en: `${findings[index].length} key figure finding(s): ${findings[index].map((finding) => finding.message.en).join(' ')}`,
        nl: `${findings[index].length} bevinding(en) in de kerncijfers: ${findings[index].map((finding) => finding.message.nl).join(' ')}`,
      })
    }
    return {
      collection,
      findings: findings[index],
      id: doc.id as number | string,
      ok: reasons.length === 0,
      reasons,
      stage,
      title: typeof doc[titleField] === 'string' ? (doc[titleField] as string) : null,
    }
  })
}
