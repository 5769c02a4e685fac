import type { Access, CollectionConfig, CollectionSlug } from 'payload'

import type { SanitizedWorkflowOptions } from '../types.ts'

export const auditActions = [
  { label: { en: 'Stage changed', nl: 'Fase gewijzigd' }, value: 'stageChanged' },
  { label: { en: 'Published', nl: 'Gepubliceerd' }, value: 'published' },
  { label: { en: 'Unpublished', nl: 'Publicatie ingetrokken' }, value: 'unpublished' },
  { label: { en: 'Publish refused', nl: 'Publicatie geweigerd' }, value: 'publishRefused' },
  { label: { en: 'Stage change refused', nl: 'Fasewijziging geweigerd' }, value: 'stageRefused' },
  { label: { en: 'Scheduled publish failed', nl: 'Geplande publicatie mislukt' }, value: 'scheduledPublishFailed' },
  { label: { en: 'Created', nl: 'Aangemaakt' }, value: 'created' },
  { label: { en: 'Changed', nl: 'Gewijzigd' }, value: 'changed' },
  { label: { en: 'Deleted', nl: 'Verwijderd' }, value: 'deleted' },
  { label: { en: 'Deletion refused', nl: 'Verwijderen geweigerd' }, value: 'deleteRefused' },
  { label: { en: 'Report published', nl: 'Jaarverslag gepubliceerd' }, value: 'reportPublished' },
  { label: { en: 'Report publish refused', nl: 'Jaarverslag publiceren geweigerd' }, value: 'reportPublishRefused' },
  { label: { en: 'Report rolled forward', nl: 'Jaarverslag doorgerold' }, value: 'reportRolledForward' },
] as const

export type AuditAction = (typeof auditActions)[number]['value']

/**
 * The audit log: written only by the server (Local API with `overrideAccess`), read by editors
 * and admins, never created, changed or deleted through any API.
 */
export const createAuditLogCollection = (options: SanitizedWorkflowOptions, users: CollectionSlug): CollectionConfig => {
  const { fields: fieldsOverride, ...overrides } = options.auditLogOverrides
  const isEditorOrAdmin: Access = ({ req }) => ['admin', 'editor'].includes(options.actorOf(req.user))
  const defaultFields: CollectionConfig['fields'] = [
    { name: 'action', type: 'select', label: { en: 'Action', nl: 'Actie' }, options: auditActions.map((action) => ({ ...action })), required: true, index: true },
    { name: 'collectionSlug', type: 'text', label: { en: 'Collection', nl: 'Collectie' }, index: true },
    { name: 'documentId', type: 'text', label: { en: 'Document id', nl: 'Document-id' }, index: true },
    { name: 'documentTitle', type: 'text', label: { en: 'Document', nl: 'Document' } },
    { name: 'user', type: 'relationship', label: { en: 'By', nl: 'Door' }, relationTo: users },
    { name: 'userLabel', type: 'text', label: { en: 'By (name)', nl: 'Door (naam)' } },
    { name: 'fromStage', type: 'text', label: { en: 'From stage', nl: 'Van fase' } },
    { name: 'toStage', type: 'text', label: { en: 'To stage', nl: 'Naar fase' } },
    { name: 'summary', type: 'textarea', label: { en: 'Summary', nl: 'Samenvatting' }, required: true },
    { name: 'findings', type: 'json', label: { en: 'Findings', nl: 'Bevindingen' } },
  ]
  return {
    slug: options.auditLogSlug,
    graphQL: { pluralName: 'AuditEntries', singularName: 'AuditEntry' },
    labels: { plural: { en: 'Audit log', nl: 'Logboek' }, singular: { en: 'Audit entry', nl: 'Logboekregel' } },
    admin: {
      defaultColumns: ['createdAt', 'action', 'documentTitle', 'userLabel', 'summary'],
      group: { en: 'Report', nl: 'Jaarverslag' },
      useAsTitle: 'summary',
    },
    defaultSort: '-createdAt',
    ...overrides,
    access: {
      create: () => false,
      delete: () => false,
      read: isEditorOrAdmin,
      update: () => false,
      ...overrides.access,
    },
    fields: fieldsOverride ? fieldsOverride({ defaultFields }) : defaultFields,
    timestamps: true,
  }
}
