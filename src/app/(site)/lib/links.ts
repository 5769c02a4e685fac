/** A link to this site itself: a path (not `//host`), which the site's CSP lets it load as media. */
export const isSameOrigin = (url: string): boolean => url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')
