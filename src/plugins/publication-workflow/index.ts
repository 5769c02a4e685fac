/**
 * `@jaarverslag/publication-workflow`: the server entry. Admin components are in `./client` and
 * `./rsc`, types in `./types`.
 */
export { publicationCheckSection, publicationWorkflowPlugin } from './plugin.ts'
export { stageLabels, stages, WORKFLOW_BOOKKEEPING, workflowFields } from './types.ts'
export { WorkflowError } from './errors.ts'
export { decideTransition } from './rules.ts'
export { evaluatePublish } from './server/evaluatePublish.ts'
export { publishReport } from './server/publishReport.ts'
