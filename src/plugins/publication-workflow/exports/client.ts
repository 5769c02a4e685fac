/** The package's client components (each file says "use client"): `@jaarverslag/publication-workflow/client#Name`. */
export { AuditTrail } from '../components/AuditTrail.tsx'
export { PublishReportButton } from '../components/PublishReportButton.tsx'
export { WorkflowState } from '../components/WorkflowState.tsx'
