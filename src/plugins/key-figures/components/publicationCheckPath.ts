import type { SanitizedKeyFiguresOptions } from '../types.ts'

/**
 * Where the Publicatiecontrole view of an instance lives under the admin route:
 * `/publicatiecontrole`, or `/publicatiecontrole-<datasets>` for an instance with other slugs.
 */
export const publicationCheckPath = (options: Pick<SanitizedKeyFiguresOptions, 'slugs'>): string =>
  `/publicatiecontrole${options.slugs.datasets === 'datasets' ? '' : `-${options.slugs.datasets}`}`
