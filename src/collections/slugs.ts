/** Collection slugs, in one place so `relationTo` never repeats a string. */
export const slugs = {
  users: 'users',
  people: 'people',
  media: 'media',
  files: 'files',
  reports: 'reports',
  chapters: 'chapters',
  featuredArticles: 'featured-articles',
  practices: 'practices',
  podcastSeries: 'podcast-series',
  podcastEpisodes: 'podcast-episodes',
  publications: 'publications',
  /** The PDF editions of the reports (src/plugins/report-pdf); the site links and serves the latest. */
  reportPdfs: 'report-pdfs',
} as const

/** Collections whose documents go through draft -> published. */
export const contentCollections = [
  slugs.people,
  slugs.reports,
  slugs.chapters,
  slugs.featuredArticles,
  slugs.practices,
  slugs.podcastSeries,
  slugs.podcastEpisodes,
  slugs.publications,
] as const
