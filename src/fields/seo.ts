import type { GroupField } from 'payload'

/** Title and description for search engines and link previews, on every rendered page. */
export const seoFields = (): GroupField => ({
  name: 'meta',
  type: 'group',
  label: { en: 'Search engines (SEO)', nl: 'Zoekmachines en delen' },
  admin: { position: 'sidebar' },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { en: 'SEO title', nl: 'Titel in zoekmachines' },
      maxLength: 70,
    },
    {
      name: 'description',
      type: 'textarea',
      label: { en: 'SEO description', nl: 'Omschrijving in zoekmachines' },
      maxLength: 170,
    },
  ],
})
