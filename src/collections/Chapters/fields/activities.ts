import type { ArrayField } from 'payload'

export const activityKinds = [
  { label: { en: 'Training course', nl: 'Vorming' }, value: 'vorming' },
  { label: { en: 'Webinar', nl: 'Webinar' }, value: 'webinar' },
  { label: { en: 'Training', nl: 'Training' }, value: 'training' },
  { label: { en: 'Information session', nl: 'Infosessie' }, value: 'infosessie' },
  { label: { en: 'Peer group', nl: 'Collegagroep' }, value: 'collegagroep' },
  { label: { en: 'Workshop', nl: 'Workshop' }, value: 'workshop' },
  { label: { en: 'Study trip', nl: 'Leerreis' }, value: 'leerreis' },
  { label: { en: 'Learning network', nl: 'Lerend netwerk' }, value: 'lerend-netwerk' },
  { label: { en: 'Study day', nl: 'Studiedag' }, value: 'studiedag' },
  { label: { en: 'Other', nl: 'Andere' }, value: 'andere' },
]

export const activityFormats = [
  { label: { en: 'Offline', nl: 'Offline' }, value: 'offline' },
  { label: { en: 'Online', nl: 'Online' }, value: 'online' },
  { label: { en: 'Blended', nl: 'Blended' }, value: 'blended' },
]

/** "Onze activiteiten in 2024": each activity as structured data, cancelled ones kept and marked. */
export const activitiesField = (): ArrayField => ({
  name: 'activities',
  type: 'array',
  label: { en: 'Activities', nl: 'Activiteiten' },
  labels: { plural: { en: 'Activities', nl: 'Activiteiten' }, singular: { en: 'Activity', nl: 'Activiteit' } },
  admin: { initCollapsed: true },
  fields: [
    { name: 'title', type: 'text', label: { en: 'Title', nl: 'Titel' }, required: true },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', label: { en: 'Kind', nl: 'Soort' }, options: activityKinds },
        { name: 'format', type: 'select', label: { en: 'Format', nl: 'Vorm' }, options: activityFormats },
        {
          name: 'repetition',
          type: 'text',
          label: { en: 'Repetition', nl: 'Herhaling' },
          admin: { placeholder: 'tweemaal' },
        },
      ],
    },
    {
      name: 'partners',
      type: 'text',
      label: { en: 'Partners', nl: 'Partners' },
      admin: { description: { en: 'In collaboration with …', nl: 'In samenwerking met …' } },
    },
    {
      name: 'cancelled',
      type: 'checkbox',
      label: { en: 'Cancelled', nl: 'Geannuleerd' },
      defaultValue: false,
    },
  ],
})
