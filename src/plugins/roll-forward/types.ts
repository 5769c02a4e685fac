import type { PayloadRequest } from 'payload'

import type { KeyFigures } from '@jaarverslag/key-figures/types'

export type RollForwardPluginOptions = {
  /** The collections a report consists of. */
  collections: { reports: string; chapters: string; featuredArticles: string }
  /** The workflow's audit log, where each roll forward is written down. Default `audit-log`. */
  auditLogSlug?: string
  /** Who may roll a report forward (endpoint and admin button). Default: nobody. */
  canRollForward?: (req: PayloadRequest) => boolean
  /** The key-figures instance whose datasets and figures are rolled along. */
  keyFigures: KeyFigures
}

export type RollForwardOptions = Readonly<Required<Omit<RollForwardPluginOptions, 'keyFigures'>>> & { keyFigures: KeyFigures }
