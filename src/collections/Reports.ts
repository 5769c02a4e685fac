import type { CollectionConfig } from 'payload'

import { richTextField } from '../fields/richText'
import { seoFields } from '../fields/seo'
import { slugField, slugify } from '../fields/slug'
import { wholeNumber } from '../fields/validators'
import { ACCENT_USE, checkThemeColour, PRIMARY_USE } from '../theme/contrast'
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
        {
          label: { en: 'Theme', nl: 'Huisstijl' },
          fields: [
            {
              name: 'theme',
              type: 'group',
              label: { en: 'Logo and colours', nl: 'Logo en kleuren' },
              admin: {
                description: {
                  en: 'How the public site shows this report. Colours are checked for contrast (WCAG 2.1 AA, 4.5:1).',
                  nl: 'Hoe de publieke site dit jaarverslag toont. Kleuren worden op contrast gecontroleerd (WCAG 2.1 AA, 4,5:1).',
                },
              },
              fields: [
                { name: 'logo', type: 'upload', label: { en: 'Logo', nl: 'Logo' }, relationTo: slugs.media },
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'primaryColor',
                      type: 'text',
                      label: { en: 'Primary colour', nl: 'Hoofdkleur' },
                      admin: {
                        description: { en: 'Links, headings and the cover; white text on it. At least 4.5:1 against white.', nl: 'Links, titels en de omslag; witte tekst erop. Minstens 4,5:1 tegen wit.' },
                        placeholder: '#0b5d6b',
                      },
                      validate: (value: null | string | undefined) => checkThemeColour(value, PRIMARY_USE),
                    },
                    {
                      name: 'accentColor',
                      type: 'text',
                      label: { en: 'Accent colour', nl: 'Accentkleur' },
                      admin: {
                        description: { en: 'Highlights behind text. At least 4.5:1 against the text colour.', nl: 'Markeringen achter tekst. Minstens 4,5:1 tegen de tekstkleur.' },
                        placeholder: '#f2b134',
                      },
                      validate: (value: null | string | undefined) => checkThemeColour(value, ACCENT_USE),
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    seoFields(),
  ],
}
