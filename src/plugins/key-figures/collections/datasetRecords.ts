import type { CollectionBeforeChangeHook, CollectionConfig, FieldHook } from 'payload'

import type { SanitizedKeyFiguresOptions } from '../types'

import { FIGURE_UNITS, formatFigure, isDecimalString, isFigureUnit, normalizeRecordId, parseFigure } from '../engine'
import { flagStaleDocumentsAfterChange } from '../hooks/flagStaleDocumentsAfterChange'
import { refuseRemovingUsedDataBeforeDelete } from '../hooks/refuseRemovingUsedData'
import { IMPORT_LIMITS } from '../import/limits'

/**
 * Reads what an editor typed as a value: "1552000.00" as is, or the printed style of the unit
 * ("1.552.000,00 €", "720u45", "82%") turned into the stored convention. Anything else is left
 * for `validate` to refuse with a message.
 */
export const normalizeRecordValue = (value: unknown, unit: unknown): unknown => {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : value
  if (typeof value !== 'string') return value
  // Decimals as typed are kept: "1552000.00" stays, so its cents are printed back.
  const trimmed = value.trim().replace(/^\+/, '')
  if (isDecimalString(trimmed)) return trimmed
  if (isFigureUnit(unit)) {
    const parsed = parseFigure(trimmed, unit)
    if (parsed.ok) return parsed.value
  }
  return trimmed
}

const normalizeValue: FieldHook = ({ siblingData, value }) => normalizeRecordValue(value, siblingData?.unit)

/** What the record picker shows and searches: dataset, key, label and the formatted value. */
const setPickerTitle =
  (options: SanitizedKeyFiguresOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data }
    const datasetId = normalizeRecordId(merged.dataset)
    let datasetSlug = ''
    if (datasetId !== undefined && datasetId !== null) {
      const dataset = await req.payload
        .findByID({
          collection: options.slugs.datasets,
          id: datasetId as number | string,
          depth: 0,
          disableErrors: true,
          draft: true,
          overrideAccess: true,
          req,
          select: { slug: true },
        })
        .catch(() => null)
      datasetSlug = (dataset as { slug?: string } | null)?.slug ?? ''
    }
    const shown = isFigureUnit(merged.unit) && isDecimalString(String(merged.value)) ? formatFigure(String(merged.value), merged.unit) : merged.value
    data.pickerTitle = `${datasetSlug} · ${merged.key} · ${merged.label} = ${shown}`
    return data
  }

export const createDatasetRecordsCollection = (options: SanitizedKeyFiguresOptions): CollectionConfig => {
  const { fields: fieldOverrides, hooks, ...overrides } = options.recordsOverrides
  const defaultFields: CollectionConfig['fields'] = [
    {
      name: 'dataset',
      type: 'relationship',
      label: { en: 'Dataset', nl: 'Dataset' },
      relationTo: options.slugs.datasets,
      required: true,
      index: true,
    },
    {
      name: 'key',
      type: 'text',
      label: { en: 'Key', nl: 'Sleutel' },
      required: true,
      index: true,
      // The same limits as an import (a key or label typed here could not be imported back otherwise).
      maxLength: IMPORT_LIMITS.maxKeyLength,
      admin: { description: { en: 'Stable and unique within the dataset, e.g. deelnemers.secundair.totaal', nl: 'Vast en uniek binnen de dataset, bv. deelnemers.secundair.totaal' } },
      validate: async (value: null | string | undefined, { data, id, req }: { data: Record<string, unknown>; id?: number | string; req: import('payload').PayloadRequest }) => {
        if (!value) return 'Vul een sleutel in.'
        if (!/^[\p{L}\p{N}_.-]+$/u.test(value)) return `Sleutel "${value}" mag alleen letters, cijfers, punten, streepjes en underscores bevatten.`
        const dataset = normalizeRecordId(data?.dataset)
        if (dataset === undefined || dataset === null) return true
        const and: Record<string, unknown>[] = [{ key: { equals: value } }, { dataset: { equals: dataset } }]
        if (id !== undefined) and.push({ id: { not_equals: id } })
        const { totalDocs } = await req.payload.count({ collection: options.slugs.records, overrideAccess: true, req, where: { and } as never })
        return totalDocs ? `Sleutel "${value}" bestaat al in deze dataset.` : true
      },
    },
    { name: 'label', type: 'text', label: { en: 'Label', nl: 'Label' }, required: true, maxLength: IMPORT_LIMITS.maxLabelLength },
    {
      type: 'row',
      fields: [
        {
          name: 'value',
          type: 'text',
          label: { en: 'Value', nl: 'Waarde' },
          required: true,
          hooks: { beforeValidate: [normalizeValue] },
          admin: {
            description: {
              en: 'Stored exactly. Durations in minutes, percentages in points, euros with cents.',
              nl: 'Exact bewaard. Duur in minuten, percentages in procentpunten, euro met centen.',
            },
          },
          validate: (value: null | string | undefined) =>
            typeof value === 'string' && isDecimalString(value)
              ? true
              : `Waarde "${value ?? ''}" is geen getal (gebruik bv. 1540, 82, 1552000.00 of de gedrukte vorm zoals 1.552.000,00 €).`,
        },
        {
          name: 'unit',
          type: 'select',
          label: { en: 'Unit', nl: 'Eenheid' },
          required: true,
          defaultValue: 'count',
          options: [...FIGURE_UNITS],
        },
      ],
    },
    { name: 'notes', type: 'textarea', label: { en: 'Notes', nl: 'Notities' } },
    {
      name: 'pickerTitle',
      type: 'text',
      admin: { hidden: true },
      access: { create: () => false, update: () => false },
    },
  ]
  return {
    slug: options.slugs.records,
    labels: { plural: { en: 'Dataset records', nl: 'Datarecords' }, singular: { en: 'Dataset record', nl: 'Datarecord' } },
    admin: {
      defaultColumns: ['key', 'label', 'value', 'unit', 'dataset'],
      group: options.adminGroup,
      listSearchableFields: ['key', 'label', 'pickerTitle'],
      useAsTitle: 'pickerTitle',
    },
    indexes: [{ fields: ['dataset', 'key'], unique: true }],
    ...overrides,
    hooks: {
      ...hooks,
      afterChange: [...(hooks?.afterChange ?? []), flagStaleDocumentsAfterChange(options, 'records')],
      beforeChange: [...(hooks?.beforeChange ?? []), setPickerTitle(options)],
      beforeDelete: [...(hooks?.beforeDelete ?? []), refuseRemovingUsedDataBeforeDelete(options, 'records')],
    },
    fields: fieldOverrides ? fieldOverrides({ defaultFields }) : defaultFields,
  }
}
