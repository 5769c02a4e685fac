/** The package's client components (each file says "use client"): `@jaarverslag/publication-workflow/client#Name`. */
export { AuditTrail } from '../components/AuditTrail.js'
export { PublishReportButton } from '../components/PublishReportButton.js'
