/** The package's server components: `@jaarverslag/key-figures/rsc#Name`. */
export { PublicationCheckNavLink } from '../components/PublicationCheckNavLink.tsx'
export { PublicationCheckView } from '../components/PublicationCheck/PublicationCheckView.tsx'
