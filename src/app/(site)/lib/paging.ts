/** Query-parameter filters and paging for server-rendered lists (pure, so it is tested alone). */

export type Params = Record<string, string | string[] | undefined>

export const one = (value: string | string[] | undefined): string => ((Array.isArray(value) ? value[0] : value) ?? '').trim()

/** A page number from the query: a whole number from 1, anything else is page 1. */
export const pageNumber = (value: string | string[] | undefined): number => {
  const text = one(value)
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : 1
}

/** The address of a list page with these filters (empty ones left out) and this page (1 left out). */
export const listHref = (path: string, filters: Record<string, string>, page = 1): string => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value)
  if (page > 1) params.set('pagina', String(page))
  const query = params.toString()
  return query ? `${path}?${query}` : path
}

/** The pages to offer: first, last, and the current one with its neighbours; null marks a gap. */
export const pageLinks = (current: number, total: number): (null | number)[] => {
  const wanted = new Set([1, total, current - 1, current, current + 1].filter((page) => page >= 1 && page <= total))
  const sorted = [...wanted].sort((a, b) => a - b)
  return sorted.flatMap((page, index) => (index > 0 && page - sorted[index - 1] > 1 ? [null, page] : [page]))
}
