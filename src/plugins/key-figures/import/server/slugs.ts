import type { CollectionSlug } from 'payload'

import type { SanitizedKeyFiguresOptions } from '../../types.ts'

/** The imports collection sits next to its datasets: `dataset-imports` for `datasets`, else `<datasets>-imports`. */
export const importsSlugOf = (options: SanitizedKeyFiguresOptions): CollectionSlug =>
  (options.slugs.datasets === 'datasets' ? 'dataset-imports' : `${options.slugs.datasets}-imports`) as CollectionSlug
