/**
 * The table of contents (and every other "see page N") gets its numbers in passes: Chromium has
 * no `target-counter()`, so the page is printed, the page of each target is read from the PDF
 * (its named destinations), the numbers are written into the page, and it is printed again until
 * the numbers it prints are the numbers it shows. Pure: the renderer feeds it what it read.
 */

/** Target id -> the page number to print ('' when the target was not found in the PDF). */
export type PageNumbers = Record<string, string>

/** The numbers to print for the given targets, from the pages the last print put them on. */
export const pageNumbersFor = (targets: readonly string[], destinations: ReadonlyMap<string, number>): PageNumbers =>
  Object.fromEntries(targets.map((target) => [target, destinations.has(target) ? String(destinations.get(target)) : '']))

/** Whether a print already shows the numbers it should: then it is the final one. */
export const sameNumbers = (shown: PageNumbers, wanted: PageNumbers): boolean => {
  const keys = new Set([...Object.keys(shown), ...Object.keys(wanted)])
  for (const key of keys) if ((shown[key] ?? '') !== (wanted[key] ?? '')) return false
  return true
}

/** Targets a page refers to but the PDF does not contain: a broken table of contents. */
export const missingTargets = (numbers: PageNumbers): string[] =>
  Object.entries(numbers)
    .filter(([, page]) => page === '')
    .map(([target]) => target)

/** How many times at most the page is printed; two is the usual (the numbers do not move the layout). */
export const MAX_PASSES = 4
