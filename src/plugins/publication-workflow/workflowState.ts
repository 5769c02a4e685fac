import type { Stage } from './types.ts'

import { stageLabels } from './types.ts'

type Text = { en: string; nl: string }

/**
 * The one state an editor reads in the sidebar: the review stage and what is online, together.
 * "Fase: Gepubliceerd" beside "Status: Concept" becomes "Gepubliceerd; nieuwe wijzigingen staan in concept".
 */
export const workflowState = ({ hasPublishedDoc, newerDraft, stage }: { hasPublishedDoc: boolean; newerDraft: boolean; stage: Stage }): { online: boolean; text: Text } => {
  const label = stageLabels[stage]
  if (stage === 'published') {
    if (!hasPublishedDoc) return { online: false, text: { en: 'Not online (unpublished)', nl: 'Niet online (gedepubliceerd)' } }
    return newerDraft
      ? { online: true, text: { en: 'Published; newer changes are a draft, not online yet', nl: 'Gepubliceerd; nieuwere wijzigingen staan in concept, nog niet online' } }
      : { online: true, text: { en: 'Published: this version is online', nl: 'Gepubliceerd: deze versie staat online' } }
  }
  if (hasPublishedDoc) {
    return { online: true, text: { en: `${label.en}: the changes are not online yet; the published version stays online`, nl: `${label.nl}: de wijzigingen staan nog niet online; de gepubliceerde versie blijft online` } }
  }
  return { online: false, text: { en: `${label.en}: not online yet`, nl: `${label.nl}: nog niet online` } }
}
