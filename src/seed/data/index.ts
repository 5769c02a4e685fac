/** The numbers of the Jaarverslag 2024: the datasets (tables) and the printed figures bound to them. */
export { datasets } from './datasets'
export { figures } from './figures'
export { CONTRADICTIONS, type Contradiction } from './contradictions'
