import type { ArrayField, Block, Field } from 'payload'

import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { clientComponent } from '../components/paths.ts'
import { KEY_FIGURE_BLOCK } from '../engine/index.ts'
import { resolvedField } from '../resolve/field.ts'
import { bindingFields, figureTextFields, unitField } from './binding.ts'
import { validatedInOnePass } from './validateFigureRows.ts'
import { validateWhenSet } from './validateWhenSet.ts'

/** One figure: what is printed, what it is bound to, its live status and its read-side resolution. */
const figureFields = (options: SanitizedKeyFiguresOptions, indexed: boolean): Field[] => [
  { type: 'row', fields: [...figureTextFields(), unitField()] },
  ...bindingFields(options, { indexed }),
  // Set by the roll forward when the figure's next period has no record yet; the import of that
  // period binds the figure and clears it (engine/awaiting.ts). Until then the figure awaits data.
  validateWhenSet({ name: 'awaitingData', type: 'json', admin: { hidden: true } }),
  {
    name: 'figureStatus',
    type: 'ui',
    admin: { components: { Field: clientComponent('FigureStatus') } },
  },
  resolvedField(),
]

/** The figure cards of a document ("2024 in cijfers"), each bound to data. */
export const keyFiguresField = (options: SanitizedKeyFiguresOptions): ArrayField =>
  validatedInOnePass({
    name: 'keyFigures',
    type: 'array',
    label: { en: 'Key figures', nl: 'Kerncijfers' },
    labels: { plural: { en: 'Key figures', nl: 'Kerncijfers' }, singular: { en: 'Key figure', nl: 'Kerncijfer' } },
    admin: {
      components: { RowLabel: clientComponent('FigureRowLabel') },
      initCollapsed: true,
    },
    fields: figureFields(options, true),
  })

/** The same figure, inline in a sentence of the body: "we ontvingen 104 vragen". */
export const keyFigureInlineBlock = (options: SanitizedKeyFiguresOptions): Block => ({
  slug: KEY_FIGURE_BLOCK,
  interfaceName: 'KeyFigureInlineBlock',
  labels: { plural: { en: 'Key figures', nl: 'Kerncijfers' }, singular: { en: 'Key figure', nl: 'Kerncijfer' } },
  admin: { components: { Label: clientComponent('InlineFigureLabel') } },
  fields: figureFields(options, false),
})

const serverOnly = { create: () => false, update: () => false }

/** Kept by the server on every save; never written by clients. */
export const figureCheckFields = (options: SanitizedKeyFiguresOptions): Field[] => [
  {
    name: 'figureCheck',
    type: 'group',
    label: { en: 'Figure check', nl: 'Cijfercontrole' },
    access: serverOnly,
    admin: {
      components: { Field: clientComponent('FigureCheckSummary') },
      position: 'sidebar',
      readOnly: true,
    },
    fields: [
      {
        name: 'status',
        type: 'select',
        defaultValue: 'unchecked',
        index: true,
        options: ['ok', 'mismatch', 'stale', 'unchecked', 'awaiting'],
      },
      { name: 'checkedAt', type: 'date' },
      { name: 'figures', type: 'number' },
      { name: 'findings', type: 'json' },
      // dataset id -> the dataset version (number of applied imports) the check was made against.
      { name: 'datasetVersions', type: 'json' },
    ],
  },
  /*
   * The records used by the inline figures in rich text, which the database cannot look into.
   * The figure cards need no copy: their own `record` and `operands` are indexed relationships,
   * queried directly for reverse lookups (server/findDependents.ts). A document without inline
   * figures stores nothing here, so publishing it writes no extra rows.
   */
  /*
   * The datasets that figures rolled into next year's report wait for (their `awaitingData`,
   * which the database cannot look into): an import of such a dataset finds the documents to bind.
   */
  validateWhenSet({
    name: 'awaitedDatasets',
    type: 'relationship',
    relationTo: options.slugs.datasets,
    hasMany: true,
    index: true,
    access: serverOnly,
    admin: { hidden: true },
  }),
  validateWhenSet({
    name: 'referencedRecords',
    type: 'relationship',
    relationTo: options.slugs.records,
    hasMany: true,
    index: true,
    access: serverOnly,
    admin: { hidden: true },
  }),
]
