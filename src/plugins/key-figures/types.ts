import type { Block, CollectionConfig, CollectionSlug, Config, Payload, PayloadRequest, PayloadComponent, Plugin, RichTextField } from 'payload'

import type { Finding, RecordId } from './engine/index.ts'

export type { Finding, FindingKind, FigureUnit, Operation, RecordId } from './engine/index.ts'

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
  editor?: (inlineBlock: Block) => RichTextField['editor']
  /** Admin navigation group of the plugin's collections. Default *Data*. */
  adminGroup?: Record<string, string> | string
  /**
   * Called when data changes turn published documents `stale` (or back to `ok`), after their new
   * status is written, in the same transaction (`req`). E.g. to regenerate what was made from them.
   */
  afterFigureCheckChange?: FigureCheckChangeListener
  /**
   * Server components another plugin adds to the Publicatiecontrole view, rendered under the
   * findings of the chosen report with `PublicationCheckSectionProps` (e.g. the publication
   * workflow's failed scheduled publishes). Default: none.
   */
  publicationCheckSections?: PublicationCheckSection[]
}

/** What a Publicatiecontrole section is given: the chosen report (its slug), the request, the language. */
export type PublicationCheckSectionProps = { language: 'en' | 'nl'; report: string; req: PayloadRequest }

/** A server component by its import-map path (`<package>/rsc#Name`), with any server props of its own. */
export type PublicationCheckSection = Exclude<PayloadComponent, false>

/** A published document whose stored figure check changed status because its data changed. */
export type FigureCheckChange = { collection: string; id: number | string; previousStatus: FigureCheckStatus | null; status: 'ok' | 'stale' }

export type FigureCheckChangeListener = (args: { changes: FigureCheckChange[]; req: PayloadRequest }) => Promise<void> | void

export type SanitizedKeyFiguresOptions = Readonly<{
  collections: readonly CollectionSlug[]
  enabled: boolean
  slugs: Readonly<{ datasets: CollectionSlug; records: CollectionSlug }>
  datasetsOverrides: Overrides
  recordsOverrides: Overrides
  report: Readonly<{ collection: CollectionSlug; field: string; slugField: string; titleField: string }>
  canCheck: (req: PayloadRequest) => boolean | Promise<boolean>
  editor?: (inlineBlock: Block) => RichTextField['editor']
  adminGroup: Record<string, string> | string
  afterFigureCheckChange: FigureCheckChangeListener | null
  publicationCheckSections: readonly PublicationCheckSection[]
}>

/** What the plugin stores on each document, in `figureCheck`. */
export type FigureCheckStatus = 'awaiting' | 'mismatch' | 'ok' | 'stale' | 'unchecked'

/** Set on `req.context` to skip the gate, e.g. for the plugin's own bookkeeping writes. */
export const SKIP_FIGURE_CHECK = 'keyFigures:skipCheck'


/** A document as it would be saved, of one of the collections the plugin serves (others have no figures). */
export type FigureDocument = { collection: string; doc: Record<string, unknown> }

/** What went with a deleted dataset: its records and its applied imports (its versions). */
export type RemovedWithDataset = { imports: number; records: number }

/** An applied dataset import, as the plugin stores it in its imports collection (its dataset's version). */
export type DatasetImportEntry = {
  dataset: RecordId
  fileName: string
  version: number
  summary: { added: number; changed: number; removed: number; unchanged: number }
}

/**
 * What another plugin may rely on of one key-figures instance (the publication workflow takes it
 * as its `keyFigures` option). The plugin function `keyFiguresPlugin(options)` is one: register
 * it in `plugins` and hand the same value to the plugins that use it.
 */
export type KeyFigures = {
  /** The options the instance was given, with their defaults. Never changed. */
  readonly options: SanitizedKeyFiguresOptions
  /**
   * Drops what this process remembers of a dataset (its summary, kept a second at most for public
   * reads): for an app with several servers, when another server changed the dataset.
   */
  forgetDataset: (id: unknown) => void
  /** Slug of the instance's import history: `dataset-imports` for `datasets`, else `<datasets>-imports`. */
  readonly importsSlug: CollectionSlug
  /** The `context` of a Local API call that skips the gate (`keyFigures:skipCheck`), for another plugin's bookkeeping writes. */
  readonly skipCheckContext: Readonly<Record<string, true>>
  /** Whether this instance was applied to `config` already (a plugin that must run after it checks this). */
  isRegisteredIn: (config: Pick<Config, 'collections'>) => boolean
  /** The data paths of a served collection's rich-text fields, where its inline figures live; none for any other. */
  richTextPathsOf: (payload: Payload, collection: string) => readonly string[]
  /**
   * The findings of documents as they would be saved, in order, with one batched lookup for all:
   * the same check as the publish gate. `[]` for documents of collections it does not serve, or
   * when the instance is disabled.
   */
  findingsOf: (documents: readonly FigureDocument[], req: PayloadRequest) => Promise<Finding[][]>
  /** What an audit log needs to describe changes to the instance's data. */
  audit: {
    /** Fields a saved record answers with that are not part of the change (`footing`). */
    answerFields: readonly string[]
    /** The failing footing rules a record save answered with (`footing` on the saved record). */
    footingOf: (record: Record<string, unknown>) => Finding[]
    /** What a deletion in this request removed with dataset `id`, if it was deleted. */
    removedWithDataset: (req: PayloadRequest, id: RecordId) => RemovedWithDataset | undefined
    /** An applied import from what its `afterChange` hook on the imports collection is given. */
    importOf: (args: { data: Record<string, unknown>; doc: Record<string, unknown> }) => DatasetImportEntry
  }
}

/** `keyFiguresPlugin(options)`: a Payload plugin that is also its own `KeyFigures` handle. */
export type KeyFiguresPlugin = Plugin & KeyFigures
