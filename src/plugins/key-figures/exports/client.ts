/** The package's client components (each file says "use client"): `@jaarverslag/key-figures/client#Name`. */
export { DatasetImport } from '../components/DatasetImport.js'
export { FigureCheckSummary } from '../components/FigureCheckSummary.js'
export { FigureRowLabel } from '../components/FigureRowLabel.js'
export { FigureStatus } from '../components/FigureStatus.js'
export { InlineFigureLabel } from '../components/InlineFigureLabel.js'
export { PublicationCheckNavLinkItem } from '../components/PublicationCheckNavLinkItem.js'
export { StaleBanner } from '../components/StaleBanner.js'
