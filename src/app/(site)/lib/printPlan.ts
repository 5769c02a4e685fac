/**
 * The order of the printed report, and its table of contents: one plan, so the contents list
 * exactly what is printed. Pure: the print page loads the documents and hands them in.
 */

type Section = { key?: null | string; title: string }
type ChapterLike = { id: number | string; number?: null | string; section?: null | string; slug?: null | string; title: string }
type ArticleLike = { chapter?: unknown; id: number | string; slug?: null | string; title: string }

/** `charts`: the ids of the charts printed with it (each chart once, where it is first called for). */
export type PrintedChapter<C, A> = { articles: PrintedArticle<A>[]; charts: string[]; chapter: C; id: string; label: string }
export type PrintedArticle<A> = { article: A; charts: string[]; id: string; label: string }
export type PrintedSection<C, A> = { chapters: PrintedChapter<C, A>[]; id: string; title: string }

/** One line of the table of contents; `target` is the id of what it points to. */
export type ContentsEntry = { kind: 'article' | 'chapter' | 'colophon' | 'foreword' | 'section'; label: string; level: 0 | 1 | 2; target: string }

export type PrintPlan<C, A> = {
  foreword: boolean
  sections: PrintedSection<C, A>[]
  /** Uitgelicht articles whose chapter is not printed: in a part of their own. */
  looseArticles: PrintedArticle<A>[]
  contents: ContentsEntry[]
}

/** A valid, readable HTML id (and PDF destination name). */
export const printId = (prefix: string, value: number | string | null | undefined): string =>
  `${prefix}-${String(value ?? '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`

/** "2.3. Vorming": the report's own number once, then the title. */
export const chapterLabel = (chapter: Pick<ChapterLike, 'number' | 'title'>): string => (chapter.number ? `${chapter.number}. ${chapter.title}` : chapter.title)

const idOf = (value: unknown): null | string =>
  typeof value === 'number' || typeof value === 'string' ? String(value) : value && typeof value === 'object' && 'id' in value ? idOf((value as { id: unknown }).id) : null

/** A section that holds the foreword itself (printed once, as the foreword). */
const isForewordSection = (section: Section) => /^voorwoord$/i.test(section.key ?? '') || /^voorwoord$/i.test(section.title.trim())

/**
 * `chartsOf` gives the charts a document calls for (the site derives them from its figures, as
 * its web page shows them); a chart two documents call for is printed once, with the first.
 */
export const planEdition = <C extends ChapterLike, A extends ArticleLike>({
  articles,
  chapters,
  chartsOf = () => [],
  hasForeword,
  sections,
}: {
  articles: A[]
  chapters: C[]
  chartsOf?: (document: A | C) => string[]
  hasForeword: boolean
  sections: Section[]
}): PrintPlan<C, A> => {
  const articlesByChapter = new Map<string, A[]>()
  for (const article of articles) {
    const chapter = idOf(article.chapter)
    if (chapter !== null) articlesByChapter.set(chapter, [...(articlesByChapter.get(chapter) ?? []), article])
  }
  const placedArticles = new Set<string>()
  const placedCharts = new Set<string>()
  const placeCharts = (document: A | C): string[] => {
    const ids = [...new Set(chartsOf(document))].filter((id) => !placedCharts.has(id))
    ids.forEach((id) => placedCharts.add(id))
    return ids
  }
  const printArticle = (article: A): PrintedArticle<A> => {
    placedArticles.add(String(article.id))
    return { article, charts: placeCharts(article), id: printId('uitgelicht', article.slug ?? article.id), label: article.title }
  }
  const printChapter = (chapter: C): PrintedChapter<C, A> => {
    // The chapter's charts come before those of its articles, which print after it.
    const charts = placeCharts(chapter)
    return {
      articles: (articlesByChapter.get(String(chapter.id)) ?? []).map(printArticle),
      chapter,
      charts,
      id: printId('hoofdstuk', chapter.slug ?? chapter.id),
      label: chapterLabel(chapter),
    }
  }
  const known = new Set(sections.map((section) => section.key ?? ''))
  const printed: PrintedSection<C, A>[] = []
  for (const section of sections) {
    const inSection = chapters.filter((chapter) => (chapter.section ?? '') === (section.key ?? ''))
    if (inSection.length === 0 && isForewordSection(section)) continue
    if (inSection.length === 0) continue
    printed.push({ chapters: inSection.map(printChapter), id: printId('onderdeel', section.key ?? section.title), title: section.title })
  }
  const homeless = chapters.filter((chapter) => !known.has(chapter.section ?? ''))
  if (homeless.length) printed.push({ chapters: homeless.map(printChapter), id: 'onderdeel-overige', title: 'Overige hoofdstukken' })
  const looseArticles = articles.filter((article) => !placedArticles.has(String(article.id))).map(printArticle)

  const contents: ContentsEntry[] = []
  if (hasForeword) contents.push({ kind: 'foreword', label: 'Voorwoord', level: 0, target: 'voorwoord' })
  for (const section of printed) {
    contents.push({ kind: 'section', label: section.title, level: 0, target: section.id })
    for (const chapter of section.chapters) {
      contents.push({ kind: 'chapter', label: chapter.label, level: 1, target: chapter.id })
      for (const article of chapter.articles) contents.push({ kind: 'article', label: `Uitgelicht: ${article.label}`, level: 2, target: article.id })
    }
  }
  if (looseArticles.length) {
    contents.push({ kind: 'section', label: 'Uitgelicht', level: 0, target: 'uitgelicht' })
    for (const article of looseArticles) contents.push({ kind: 'article', label: article.label, level: 1, target: article.id })
  }
  contents.push({ kind: 'colophon', label: 'Colofon', level: 0, target: 'colofon' })
  return { contents, foreword: hasForeword, looseArticles, sections: printed }
}
