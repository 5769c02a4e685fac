import type { CollectionConfig } from 'payload'

import { richTextField } from '../fields/richText'
import { seoFields } from '../fields/seo'
import { slugField, slugify } from '../fields/slug'
import { wholeNumber } from '../fields/validators'
import { draftVersions, editorialAccess, labels } from './shared'
import { slugs } from './slugs'

const policyPeriodPattern = /^(\d{4})-(\d{4})$/

export const Reports: CollectionConfig<'reports'> = {
  slug: slugs.reports,
  graphQL: { pluralName: 'Reports', singularName: 'Report' },
  labels: labels({ en: 'Annual report', nl: 'Jaarverslag' }, { en: 'Annual reports', nl: 'Jaarverslagen' }),
  admin: {
    defaultColumns: ['title', 'year', 'organisation', '_status'],
    group: { en: 'Report', nl: 'Jaarverslag' },
    useAsTitle: 'title',
  },
  access: editorialAccess,
  versions: draftVersions,
  defaultSort: '-year',
  fields: [
    { name: 'title', type: 'text', label: { en: 'Title', nl: 'Titel' }, required: true },
    slugField(),
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          label: { en: 'Year', nl: 'Jaar' },
          required: true,
          index: true,
          min: 1900,
          max: 2200,
          validate: wholeNumber('Het jaar', 1900),
        },
        {
          name: 'policyPeriod',
          type: 'text',
          label: { en: 'Policy period', nl: 'Beleidsperiode' },
          admin: { placeholder: '2021-2025' },
          validate: (value: null | string | undefined) => {
            if (!value) return true
            const match = policyPeriodPattern.exec(value)
            if (!match) return `Beleidsperiode "${value}" moet de vorm JJJJ-JJJJ hebben, bv. 2021-2025.`
            return Number(match[1]) <= Number(match[2]) ? true : `Beleidsperiode "${value}" eindigt voor ze begint.`
          },
        },
        { name: 'organisation', type: 'text', label: { en: 'Organisation', nl: 'Organisatie' }, required: true },
      ],
    },
    { name: 'coverImage', type: 'upload', label: { en: 'Cover image', nl: 'Omslagfoto' }, relationTo: slugs.media },
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Foreword', nl: 'Voorwoord' },
          fields: [
            richTextField('foreword', { en: 'Foreword', nl: 'Voorwoord' }),
            {
              name: 'forewordSignatory',
              type: 'relationship',
              label: { en: 'Signed by', nl: 'Ondertekend door' },
              relationTo: slugs.people,
            },
          ],
        },
        {
          label: { en: 'Sections', nl: 'Onderdelen' },
          fields: [
            {
              name: 'sections',
              type: 'array',
              label: { en: 'Sections', nl: 'Onderdelen' },
              labels: { plural: { en: 'Sections', nl: 'Onderdelen' }, singular: { en: 'Section', nl: 'Onderdeel' } },
              admin: {
                description: {
                  en: 'In the order of the report. Chapters refer to a section by its key.',
                  nl: 'In de volgorde van het verslag. Hoofdstukken verwijzen naar een onderdeel via de sleutel.',
                },
              },
              fields: [
                { name: 'title', type: 'text', label: { en: 'Title', nl: 'Titel' }, required: true },
                {
                  name: 'key',
                  type: 'text',
                  label: { en: 'Key', nl: 'Sleutel' },
                  hooks: {
                    beforeValidate: [
                      ({ siblingData, value }) =>
                        typeof value === 'string' && value.trim()
                          ? slugify(value)
                          : typeof siblingData?.title === 'string'
                            ? slugify(siblingData.title)
                            : value,
                    ],
                  },
                },
              ],
              validate: (value: unknown) => {
                const rows = Array.isArray(value) ? (value as { key?: string }[]) : []
                const seen = new Set<string>()
                for (const [index, row] of rows.entries()) {
                  if (!row?.key) continue
                  if (seen.has(row.key)) return `Onderdeel ${index + 1}: sleutel "${row.key}" komt twee keer voor.`
                  seen.add(row.key)
                }
                return true
              },
            },
          ],
        },
      ],
    },
    seoFields(),
  ],
}
