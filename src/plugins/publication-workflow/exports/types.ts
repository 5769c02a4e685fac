/** The package's public types, in one place. */
export type { Actor, PublicationWorkflowOptions, SanitizedWorkflowOptions, Stage } from '../types.js'
export type { PublishEvaluation } from '../server/evaluatePublish.js'
export type { ReportPublishResult } from '../server/publishReport.js'
export type { Refusal, TransitionInput, TransitionResult } from '../rules.js'
