'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { stages, type Stage } from '../types.ts'
import { workflowState } from '../workflowState.ts'

const heading = { en: 'State', nl: 'Stand' }

/** Above the stage select: the stage and what is online, read as one state. */
export const WorkflowState = () => {
  const { hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const value = useFormFields(([fields]) => fields?.workflowStage?.initialValue)
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const stage: Stage = (stages as readonly unknown[]).includes(value) ? (value as Stage) : 'concept'
  const state = workflowState({ hasPublishedDoc: Boolean(hasPublishedDoc), newerDraft: (unpublishedVersionCount ?? 0) > 0, stage })
  return (
    <div className="workflow-state" data-online={String(state.online)} data-stage={stage} style={{ marginBottom: 'var(--base, 20px)' }}>
      <div className="field-label">{heading[language]}</div>
      <p style={{ borderLeft: `3px solid ${state.online ? 'var(--theme-success-500)' : 'var(--theme-elevation-400)'}`, margin: 0, padding: '4px 10px' }}>{state.text[language]}</p>
    </div>
  )
}
