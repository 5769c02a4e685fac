export { chapterPath, featuredArticlePath, reportPath, reportPdfPath, reportPrintPath } from '../../../config/frontend'
