import type { Field } from 'payload'

import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { FIGURE_UNITS, OPERATIONS } from '../engine/index.ts'
import { trimShownTextBeforeChange } from '../hooks/trimShownTextBeforeChange.ts'
import { unitLabels } from '../unitLabels.ts'

const operationLabels: Record<'record' | (typeof OPERATIONS)[number], { en: string; nl: string }> = {
  average: { en: 'Average of the records', nl: 'Gemiddelde van de records' },
  change: { en: 'Change (this period minus an earlier one)', nl: 'Verandering (deze periode min een eerdere)' },
  growth: { en: 'Growth % (change on the earlier period)', nl: 'Groei % (verandering t.o.v. de eerdere periode)' },
  series: { en: 'Series (one record per period, shows the latest)', nl: 'Reeks (één record per periode, toont de laatste)' },
  difference: { en: 'Difference (first minus the rest)', nl: 'Verschil (eerste min de rest)' },
  percentage: { en: 'Percentage (first of the sum of the rest)', nl: 'Percentage (eerste van de som van de rest)' },
  ratio: { en: 'Ratio (first divided by second)', nl: 'Verhouding (eerste gedeeld door tweede)' },
  record: { en: 'One record', nl: 'Eén record' },
  sum: { en: 'Sum', nl: 'Som' },
}

export const unitField = (): Field => ({
  name: 'unit',
  type: 'select',
  label: { en: 'Unit', nl: 'Eenheid' },
  required: true,
  defaultValue: 'count',
  options: FIGURE_UNITS.map((value) => ({ label: unitLabels[value], value })),
})

const usesOneRecord = (siblingData: Record<string, unknown> | undefined) =>
  !siblingData?.operation || siblingData.operation === 'record'

/**
 * What a figure is checked against: one record, or an operation over ordered records. Shared by
 * the `keyFigures` array rows and the inline `keyFigure` block, so both are checked alike.
 * `indexed` (the array rows): a record change finds the documents that use it through these two
 * relationships, so they are indexed (the SQL adapters index them anyway; MongoDB needs it said).
 */
export const bindingFields = (options: SanitizedKeyFiguresOptions, { indexed = false }: { indexed?: boolean } = {}): Field[] => [
  {
    name: 'operation',
    type: 'select',
    label: { en: 'Source', nl: 'Bron' },
    defaultValue: 'record',
    required: true,
    options: (['record', ...OPERATIONS] as const).map((value) => ({ label: operationLabels[value], value })),
  },
  {
    name: 'record',
    type: 'relationship',
    label: { en: 'Record', nl: 'Record' },
    relationTo: options.slugs.records,
    ...(indexed ? { index: true } : {}),
    admin: {
      condition: (_data, siblingData) => usesOneRecord(siblingData),
      description: { en: 'Search by dataset, key or label.', nl: 'Zoek op dataset, sleutel of label.' },
    },
  },
  {
    name: 'operands',
    type: 'relationship',
    label: { en: 'Records (in order)', nl: 'Records (in volgorde)' },
    relationTo: options.slugs.records,
    hasMany: true,
    ...(indexed ? { index: true } : {}),
    admin: {
      condition: (_data, siblingData) => !usesOneRecord(siblingData),
      description: {
        en: 'The order matters: for a percentage the first record is the part, the rest the whole.',
        nl: 'De volgorde telt: bij een percentage is het eerste record het deel, de rest het geheel.',
      },
    },
  },
  {
    name: 'rounding',
    type: 'select',
    label: { en: 'Rounding', nl: 'Afronding' },
    defaultValue: 'tolerant',
    options: [
      { label: { en: 'Rounded or truncated (within one last digit)', nl: 'Afgerond of afgekapt (binnen één laatste cijfer)' }, value: 'tolerant' },
      { label: { en: 'Strictly rounded half up', nl: 'Strikt half naar boven afgerond' }, value: 'half-up' },
    ],
  },
]

export const figureTextFields = (): Field[] => [
  {
    name: 'label',
    type: 'text',
    label: { en: 'Label', nl: 'Label' },
    required: true,
    admin: { placeholder: 'Totaal aantal deelnemers' },
  },
  {
    name: 'shown',
    type: 'text',
    label: { en: 'Shown as', nl: 'Getoond als' },
    required: true,
    hooks: { beforeChange: [trimShownTextBeforeChange] },
    admin: {
      description: { en: 'Exactly as printed: 1.540, 82%, +39, 720u45, 1.552.000,00 €', nl: 'Precies zoals gedrukt: 1.540, 82%, +39, 720u45, 1.552.000,00 €' },
    },
  },
]
