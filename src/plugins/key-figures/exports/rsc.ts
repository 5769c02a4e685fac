/** The package's server components: `@jaarverslag/key-figures/rsc#Name`. */
export { PublicationCheckNavLink } from '../components/PublicationCheckNavLink.js'
export { PublicationCheckView } from '../components/PublicationCheck/PublicationCheckView.js'
