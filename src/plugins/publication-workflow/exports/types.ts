/** The package's public types, in one place. */
export type { Actor, PublicationWorkflowOptions, SanitizedWorkflowOptions, Stage } from '../types.ts'
export type { PublishEvaluation } from '../server/evaluatePublish.ts'
export type { ReportPublishResult } from '../server/publishReport.ts'
export type { Refusal, TransitionInput, TransitionResult } from '../rules.ts'
