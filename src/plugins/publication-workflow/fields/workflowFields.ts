import type { CollectionSlug, Field } from 'payload'

import type { SanitizedWorkflowOptions } from '../types.ts'

import { clientComponent } from '../components/paths.ts'
import { stageLabels, stages, workflowFields } from '../types.ts'

/** The sidebar fields of a workflow document: stage, reason, owner and a failed scheduled publish. */
export const workflowSidebarFields = (users: CollectionSlug): Field[] => [
  {
    name: 'workflowState',
    type: 'ui',
    admin: { components: { Field: clientComponent('WorkflowState') }, position: 'sidebar' },
  },
  {
    name: workflowFields.stage,
    type: 'select',
    label: { en: 'Stage', nl: 'Fase' },
    defaultValue: 'concept',
    index: true,
    options: stages.map((value) => ({ label: stageLabels[value], value })),
    admin: {
      position: 'sidebar',
      description: {
        en: 'Draft -> In review -> Approved -> Published. Published follows from publishing.',
        nl: 'Concept -> Ter review -> Goedgekeurd -> Gepubliceerd. Gepubliceerd volgt uit publiceren.',
      },
    },
  },
  {
    name: workflowFields.reason,
    type: 'textarea',
    label: { en: 'Reason (when sent back)', nl: 'Reden (bij terugsturen)' },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Required when an editor sends the document back to draft.',
        nl: 'Verplicht wanneer een redacteur het document terugstuurt naar concept.',
      },
    },
  },
  {
    name: workflowFields.owner,
    type: 'relationship',
    label: { en: 'Owner (author)', nl: 'Eigenaar (auteur)' },
    relationTo: users,
    index: true,
    admin: {
      position: 'sidebar',
      description: { en: 'Set on create; editors reassign it.', nl: 'Wordt bij aanmaken ingevuld; redacteurs wijzen het opnieuw toe.' },
    },
  },
  {
    name: workflowFields.scheduledFailure,
    type: 'group',
    label: { en: 'Scheduled publish failed', nl: 'Geplande publicatie mislukt' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean(data?.[workflowFields.scheduledFailure]?.at),
    },
    fields: [
      { name: 'at', type: 'date', label: { en: 'When', nl: 'Wanneer' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'reason', type: 'textarea', label: { en: 'Reason', nl: 'Reden' } },
    ],
  },
]

/** Review notes: editors write them, the document's author and editors resolve them. */
export const reviewNotesField = (users: CollectionSlug): Field => ({
  name: workflowFields.notes,
  type: 'array',
  label: { en: 'Review notes', nl: 'Reviewnotities' },
  labels: { plural: { en: 'Review notes', nl: 'Reviewnotities' }, singular: { en: 'Review note', nl: 'Reviewnotitie' } },
  admin: {
    description: {
      en: 'Editors leave notes here; the author marks them resolved.',
      nl: 'Redacteurs laten hier notities na; de auteur markeert ze als opgelost.',
    },
  },
  fields: [
    { name: 'text', type: 'textarea', label: { en: 'Note', nl: 'Notitie' }, required: true },
    {
      type: 'row',
      fields: [
        { name: 'author', type: 'relationship', label: { en: 'Written by', nl: 'Geschreven door' }, relationTo: users, admin: { readOnly: true } },
        { name: 'createdAt', type: 'date', label: { en: 'Written at', nl: 'Geschreven op' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'resolved', type: 'checkbox', label: { en: 'Resolved', nl: 'Opgelost' }, defaultValue: false },
        { name: 'resolvedBy', type: 'relationship', label: { en: 'Resolved by', nl: 'Opgelost door' }, relationTo: users, admin: { readOnly: true } },
        { name: 'resolvedAt', type: 'date', label: { en: 'Resolved at', nl: 'Opgelost op' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
  ],
})

/** The document's audit trail, read from the audit log by the admin (editors and admins). */
export const auditTrailField = (options: SanitizedWorkflowOptions): Field => ({
  name: 'auditTrail',
  type: 'ui',
  admin: {
    components: { Field: { clientProps: { auditLogSlug: options.auditLogSlug }, path: clientComponent('AuditTrail') } },
  },
})

/** A tab "Review" with the notes and the audit trail, added to the collection's tabs (or at the end). */
export const withReviewTab = (fields: Field[], options: SanitizedWorkflowOptions, users: CollectionSlug): Field[] => {
  const tabFields = [reviewNotesField(users), auditTrailField(options)]
  const tabsIndex = fields.findIndex((field) => field.type === 'tabs')
  if (tabsIndex === -1) {
    return [...fields, { type: 'collapsible', label: { en: 'Review', nl: 'Review' }, fields: tabFields }]
  }
  const tabs = fields[tabsIndex] as Extract<Field, { type: 'tabs' }>
  const next = [...fields]
  next[tabsIndex] = { ...tabs, tabs: [...tabs.tabs, { fields: tabFields, label: { en: 'Review', nl: 'Review' } }] }
  return next
}
