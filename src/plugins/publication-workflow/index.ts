/**
 * `@jaarverslag/publication-workflow`: the server entry. Admin components are in `./client` and
 * `./rsc`, types in `./types`.
 */
export { publicationCheckSection, publicationWorkflowPlugin } from './plugin.js'
export { stageLabels, stages, WORKFLOW_BOOKKEEPING, workflowFields } from './types.js'
export { WorkflowError } from './errors.js'
export { decideTransition } from './rules.js'
export { evaluatePublish } from './server/evaluatePublish.js'
export { publishReport } from './server/publishReport.js'
