import { findInlineFigures } from '@jaarverslag/key-figures/engine'
import type { FigureView } from './receipts'

/** Every figure a document prints: its cards and the inline figures of the given rich-text fields. */
export const figuresOfDocument = (doc: { keyFigures?: FigureView[] | null } & Record<string, unknown>, richTextFields: string[]): FigureView[] => [
  ...(doc.keyFigures ?? []),
  ...richTextFields.flatMap((field) => findInlineFigures(doc[field], field).map((figure) => figure.fields as FigureView)),
]
