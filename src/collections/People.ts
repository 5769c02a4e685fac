import type { CollectionConfig } from 'payload'

import { draftVersions, editorialAccess, labels } from './shared'
import { slugs } from './slugs'

export const boardRoles = [
  { label: { en: 'Chair', nl: 'Voorzitter' }, value: 'voorzitter' },
  { label: { en: 'Vice-chair', nl: 'Ondervoorzitter' }, value: 'ondervoorzitter' },
  { label: { en: 'Secretary', nl: 'Secretaris' }, value: 'secretaris' },
  { label: { en: 'Treasurer', nl: 'Penningmeester' }, value: 'penningmeester' },
  { label: { en: 'Board member', nl: 'Bestuurder' }, value: 'bestuurder' },
  { label: { en: 'General assembly member', nl: 'Lid algemene vergadering' }, value: 'algemene-vergadering' },
]

export const People: CollectionConfig<'people'> = {
  slug: slugs.people,
  graphQL: { pluralName: 'People', singularName: 'Person' },
  labels: labels({ en: 'Person', nl: 'Persoon' }, { en: 'People', nl: 'Personen' }),
  admin: {
    defaultColumns: ['name', 'function', 'organisation', 'boardRole'],
    group: { en: 'Organisation', nl: 'Organisatie' },
    useAsTitle: 'name',
  },
  access: editorialAccess,
  versions: draftVersions,
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', nl: 'Naam' }, required: true, index: true },
    {
      name: 'function',
      type: 'text',
      label: { en: 'Function', nl: 'Functie' },
      admin: { description: { en: 'e.g. director, coordinator, staff member', nl: 'bv. directeur, coördinator, stafmedewerker' } },
    },
    { name: 'organisation', type: 'text', label: { en: 'Organisation', nl: 'Organisatie' } },
    {
      name: 'boardRole',
      type: 'select',
      label: { en: 'Role in the board', nl: 'Rol in het bestuur' },
      options: boardRoles,
    },
    { name: 'bio', type: 'textarea', label: { en: 'Short bio', nl: 'Korte bio' }, maxLength: 1000 },
    { name: 'photo', type: 'upload', label: { en: 'Photo', nl: 'Foto' }, relationTo: slugs.media },
  ],
}
