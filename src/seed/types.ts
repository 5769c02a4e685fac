/**
 * The shape of the seed: the Jaarverslag 2024 of Socius as an editorial team would enter it.
 * Plain data only; `src/seed/index.ts` turns it into documents through the Local API.
 *
 * Rich text is written in a small Markdown subset (see `src/seed/lexical.ts`):
 *   `## Heading` and `### Subheading`, paragraphs separated by a blank line, `- item` bullet
 *   lists, `1. item` numbered lists, `> quote` blocks, and `**bold**` / `*italic*` inline.
 */
import type { FigureUnit, Operation } from '@jaarverslag/key-figures/engine'

export type SectionKey =
  | '2024-in-cijfers'
  | 'inleiding'
  | 'onze-werking'
  | 'over-de-fotos'
  | 'voorwoord'
  | 'zakelijk-plan-en-financieel-beleid'

export type ReportSeed = {
  title: string
  slug: string
  year: number
  policyPeriod: string
  organisation: string
  /** Markdown subset. */
  foreword: string
  /** Name of a person in `people`. */
  forewordSignatory: string
  sections: { key: SectionKey; title: string }[]
  meta?: { title?: string; description?: string }
  /** Colours of the public site (checked for contrast by the reports collection). */
  theme?: { primaryColor: string; accentColor: string }
}

export type PersonSeed = {
  name: string
  function?: string
  organisation?: string
  boardRole?: 'algemene-vergadering' | 'bestuurder' | 'ondervoorzitter' | 'penningmeester' | 'secretaris' | 'voorzitter'
  bio?: string
}

export type ActivitySeed = {
  title: string
  kind?: 'andere' | 'collegagroep' | 'infosessie' | 'leerreis' | 'lerend-netwerk' | 'studiedag' | 'training' | 'vorming' | 'webinar' | 'workshop'
  format?: 'blended' | 'offline' | 'online'
  /** As printed, e.g. "tweemaal". */
  repetition?: string
  partners?: string
  cancelled?: boolean
}

export type ChapterSeed = {
  slug: string
  section: SectionKey
  /** "1", "2.3": ordering follows it. */
  number: string
  title: string
  summary?: string
  /** Markdown subset. */
  body: string
  activities?: ActivitySeed[]
  /** Slugs of practices. */
  practices?: string[]
  /** Slugs of featured articles. */
  featuredArticles?: string[]
  /** Photo captions and credits that belong to this chapter (no image files are shipped). */
  photos?: { caption: string; credit?: string }[]
}

export type FeaturedArticleSeed = {
  slug: string
  title: string
  /** Slug of the chapter it belongs to. */
  chapter: string
  /** Name of a person in `people`. */
  author?: string
  lead?: string
  /** Markdown subset. */
  body: string
  pullQuotes?: { quote: string; attribution?: string }[]
  footnotes?: { number: number; text: string; url?: string }[]
  practices?: string[]
}

export type PracticeSeed = {
  slug: string
  name: string
  organisation?: string
  recognition: 'erkend' | 'niet-erkend' | 'onbekend'
  formats?: ('artikel' | 'podcast' | 'video' | 'videodagboek' | 'vormingsaanbod')[]
  description?: string
  url?: string
  region?: string
}

export type PodcastSeriesSeed = {
  slug: string
  title: string
  description?: string
  producer?: string
  platformUrl?: string
  episodes: {
    number: number
    title: string
    lead?: string
    description?: string
    guests?: { name: string; organisation?: string }[]
    recordedLive?: { event: string; date?: string /* ISO date */ }
    publishedAt?: string
    audioUrl?: string
    practices?: string[]
  }[]
}

export type PublicationSeed = {
  slug: string
  title: string
  year: number
  kind: 'brochure' | 'handleiding' | 'jaarverslag' | 'memorandum' | 'onderzoeksrapport'
  authors?: string[]
  summary?: string
  url?: string
  downloads?: number
}

/** `"<dataset-slug>/<record-key>"`: how the seed points at a record. */
export type RecordRef = `${string}/${string}`

export type DatasetSeed = {
  slug: string
  title: string
  period: string
  /** The series this dataset is one period of; without it, the slug without its period. */
  series?: string
  /** Which table of the report the records are transcribed from. */
  source: string
  description?: string
  records: {
    key: string
    label: string
    /** Exact decimal string in the record convention: percent in points, duration in minutes, euro with cents. */
    value: string
    unit: FigureUnit
    notes?: string
  }[]
  /** Keys within this dataset: the parts must add up to the total exactly. */
  footing?: { label: string; total: string; parts: string[] }[]
}

export type FigureSeed = {
  /** Where the figure is printed. */
  document: { collection: 'chapters' | 'featured-articles' | 'reports'; slug: string }
  label: string
  /** Exactly as printed, never corrected. */
  shown: string
  unit: FigureUnit
  record?: RecordRef
  operation?: Operation
  operands?: RecordRef[]
  rounding?: 'half-up' | 'tolerant'
  /** Where it is printed (page, card, table, sentence), for the seed README. */
  note?: string
}
