/** The package's server components: `@jaarverslag/publication-workflow/rsc#Name`. */
export { ScheduledFailuresSection } from '../components/ScheduledFailuresSection.tsx'
export { PublishControl } from '../components/PublishControl.tsx'
