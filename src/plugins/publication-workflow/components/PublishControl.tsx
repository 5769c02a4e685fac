import type { PayloadRequest } from 'payload'

import { PublishButton } from '@payloadcms/ui'
import React from 'react'

import type { SanitizedWorkflowOptions } from '../types.ts'

type Props = {
  user?: PayloadRequest['user']
  workflowOptions: SanitizedWorkflowOptions
}

/**
 * The document's publish control, for those who may publish: an author (who the workflow never
 * lets publish) sees none, so they do not learn it only when a save is refused.
 */
export const PublishControl = ({ user, workflowOptions }: Props) => {
  const actor = workflowOptions.actorOf(user ?? null)
  if (actor === 'author' || actor === 'none') return null
  return <PublishButton />
}
