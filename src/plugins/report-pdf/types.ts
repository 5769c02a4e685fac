import type { CollectionConfig, CollectionSlug } from 'payload'

export type ReportPdfPluginOptions = {
  /** Default true. When false the editions collection is still added (same schema), nothing is queued or made. */
  enabled?: boolean
  /** Slug of the collection that stores the editions. Default `report-pdfs`. */
  slug?: string
  /** The reports: collection, slug field and title field. Default `reports`, `slug`, `title`. */
  report?: { collection?: CollectionSlug; slugField?: string; titleField?: string }
  /**
   * Collections whose published documents are part of a report, pointing to it with a
   * relationship (`reportField`). A publish, unpublish or delete of one regenerates its
   * report's edition. Default `chapters` and `featured-articles`.
   */
  documents?: CollectionSlug[]
  /** The relationship from a document to its report. Default `report`. */
  reportField?: string
  /** Where the PDF files are stored. Default REPORT_PDFS_DIR, else `./uploads/report-pdfs`. */
  staticDir?: string
  /**
   * The address the job prints from (the running site). Default REPORT_PDF_SITE_URL, else
   * NEXT_PUBLIC_SERVER_URL, else http://localhost:3000.
   */
  siteUrl?: () => string
  /** The public address written into each edition's figure manifest. Default NEXT_PUBLIC_SERVER_URL, else the site URL. */
  publicUrl?: () => null | string
  /** The print page of a report on the site. Default `/jaarverslagen/<slug>/afdrukken`. */
  printPath?: (slug: string) => string
  /** How many editions per report are kept (older files are deleted). Default 5. */
  keep?: number
  /** Slug of the job task. Default `generateReportPdf`. */
  taskSlug?: string
  /** Anything of the editions collection config (access, admin, ...). */
  overrides?: Partial<Omit<CollectionConfig, 'fields' | 'slug' | 'upload'>>
}

export type SanitizedReportPdfOptions = {
  enabled: boolean
  slug: CollectionSlug
  report: { collection: CollectionSlug; slugField: string; titleField: string }
  documents: CollectionSlug[]
  reportField: string
  staticDir: string
  siteUrl: () => string
  publicUrl: () => null | string
  printPath: (slug: string) => string
  keep: number
  taskSlug: string
  overrides: Partial<Omit<CollectionConfig, 'fields' | 'slug' | 'upload'>>
}

/** Why an edition was made: written on the edition, so an editor can see what set it off. */
export type EditionReason = 'command' | 'delete' | 'publish' | 'stale' | 'unpublish'
