export { chapterPath, featuredArticlePath, reportPath } from '../../../config/frontend'
