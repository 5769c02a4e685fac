/** The content of the Jaarverslag 2024 seed (the figures and datasets live in `../data`). */
export { report } from './report'
export { people } from './people'
export { chapters } from './chapters'
export { featuredArticles } from './featuredArticles'
export { practices } from './practices'
export { podcastSeries } from './podcasts'
export { publications } from './publications'
