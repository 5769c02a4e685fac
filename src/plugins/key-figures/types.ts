import type { CollectionConfig, CollectionSlug, PayloadRequest, RichTextField } from 'payload'

export type { Finding, FindingKind, FigureUnit, Operation } from './engine'

type Overrides = Partial<Omit<CollectionConfig, 'fields' | 'slug'>> & {
  /** Receives the plugin's fields and returns the fields to use. */
  fields?: (args: { defaultFields: CollectionConfig['fields'] }) => CollectionConfig['fields']
}

export type KeyFiguresPluginOptions = {
  /**
   * Collections whose documents carry key figures. Each gets a `keyFigures` array, the inline
   * `keyFigure` block in its rich-text fields, and the server-maintained `figureCheck` and
   * `referencedRecords` (the records of the inline figures) fields.
   */
  collections: CollectionSlug[]
  /** Default true. When false the fields and collections are still added (same schema), nothing is checked. */
  enabled?: boolean
  /** Slugs of the two collections the plugin adds. Default `datasets` and `dataset-records`. */
  slugs?: { datasets?: string; records?: string }
  /** Escape hatches for the generated collections (access, admin group, extra fields...). */
  datasetsOverrides?: Overrides
  recordsOverrides?: Overrides
  /**
   * How the report-wide check finds a report and its documents. Default: collection `reports`
   * (found by its `slug`), other documents point to it with a `report` relationship.
   */
  report?: { collection?: CollectionSlug; field?: string; slugField?: string; titleField?: string }
  /** Who may run the report-wide check (endpoint and admin view). Default: any logged-in user. */
  canCheck?: (req: PayloadRequest) => boolean | Promise<boolean>
  /**
   * Builds the editor for the rich-text fields of the figure collections, given the inline
   * block. Default: the root editor's features plus the `keyFigure` inline block.
   */
  editor?: (inlineBlock: import('payload').Block) => RichTextField['editor']
  /** Admin navigation group of the plugin's collections. */
  adminGroup?: Record<string, string> | string
  /**
   * Called when data changes turn published documents `stale` (or back to `ok`), after their new
   * status is written, in the same transaction (`req`). E.g. to regenerate what was made from them.
   */
  afterFigureCheckChange?: FigureCheckChangeListener
}

/** A published document whose stored figure check changed status because its data changed. */
export type FigureCheckChange = { collection: string; id: number | string; previousStatus: FigureCheckStatus | null; status: 'ok' | 'stale' }

export type FigureCheckChangeListener = (args: { changes: FigureCheckChange[]; req: PayloadRequest }) => Promise<void> | void

export type SanitizedKeyFiguresOptions = {
  collections: CollectionSlug[]
  enabled: boolean
  slugs: { datasets: CollectionSlug; records: CollectionSlug }
  datasetsOverrides: Overrides
  recordsOverrides: Overrides
  report: { collection: CollectionSlug; field: string; slugField: string; titleField: string }
  canCheck: (req: PayloadRequest) => boolean | Promise<boolean>
  editor?: (inlineBlock: import('payload').Block) => RichTextField['editor']
  adminGroup: Record<string, string> | string
  afterFigureCheckChange: FigureCheckChangeListener | null
  /** Filled in by the plugin: the data paths of each figure collection's rich-text fields. */
  richTextPaths: Record<string, string[]>
}

/** What the plugin stores on each document, in `figureCheck`. */
export type FigureCheckStatus = 'mismatch' | 'ok' | 'stale' | 'unchecked'

/** Set on `req.context` to skip the gate, e.g. for the plugin's own bookkeeping writes. */
export const SKIP_FIGURE_CHECK = 'keyFigures:skipCheck'

