import { Chapters } from './Chapters'
import { FeaturedArticles } from './FeaturedArticles'
import { Files } from './Files'
import { Media } from './Media'
import { People } from './People'
import { PodcastEpisodes } from './PodcastEpisodes'
import { PodcastSeries } from './PodcastSeries'
import { Practices } from './Practices'
import { Publications } from './Publications'
import { Reports } from './Reports'
import { Users } from './Users'

export { slugs } from './slugs'

/** In the order the admin navigation shows them. */
export const collections = [
  Reports,
  Chapters,
  FeaturedArticles,
  Practices,
  PodcastSeries,
  PodcastEpisodes,
  Publications,
  People,
  Media,
  Files,
  Users,
]
