/** The package's client components (each file says "use client"): `@jaarverslag/key-figures/client#Name`. */
export { DatasetImport } from '../components/DatasetImport.tsx'
export { FigureCheckSummary } from '../components/FigureCheckSummary.tsx'
export { FigureRowLabel } from '../components/FigureRowLabel.tsx'
export { FigureStatus } from '../components/FigureStatus.tsx'
export { InlineFigureLabel } from '../components/InlineFigureLabel.tsx'
export { PublicationCheckNavLinkItem } from '../components/PublicationCheckNavLinkItem.tsx'
export { StaleBanner } from '../components/StaleBanner.tsx'
