import type { CollectionConfig, PayloadRequest } from 'payload'

import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { FIGURE_UNITS, isDecimalString, isFigureUnit, normalizeRecordId, readRecordValue } from '../engine/index.ts'
import { clientComponent } from '../components/paths.ts'
import { footingField } from '../fields/footing.ts'
import { flagStaleDocumentsAfterChange } from '../hooks/flagStaleDocumentsAfterChange.ts'
import { readRecordValueBeforeValidate } from '../hooks/readRecordValueBeforeValidate.ts'
import { refuseDeletingUsedDataBeforeDelete } from '../hooks/refuseDeletingUsedDataBeforeDelete.ts'
import { reportFootingAfterChange } from '../hooks/reportFootingAfterChange.ts'
import { setPickerTitleBeforeChange } from '../hooks/setPickerTitleBeforeChange.ts'
import { unitLabels } from '../unitLabels.ts'
import { IMPORT_LIMITS } from '../import/limits.ts'

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
      validate: async (value: null | string | undefined, { data, id, req }: { data: Record<string, unknown>; id?: number | string; req: PayloadRequest }) => {
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
          // Read by the engine's reader, which takes a JSON number exactly (the input guard lets it through).
          custom: { acceptsNumbers: true },
          hooks: { beforeValidate: [readRecordValueBeforeValidate] },
          admin: {
            components: { afterInput: [clientComponent('RecordValuePrinted')], Cell: clientComponent('RecordValueCell') },
            description: {
              en: 'Stored exactly. Durations in minutes, percentages in points, euros with cents.',
              nl: 'Exact bewaard. Duur in minuten, percentages in procentpunten, euro met centen.',
            },
          },
          validate: (value: null | string | undefined, { event, previousValue, req, siblingData }: { event?: 'onChange' | 'submit'; previousValue?: unknown; req: PayloadRequest; siblingData: Record<string, unknown> }) => {
            // While an editor types (the admin's form state), the typed text is judged by the same
            // reader the save uses; on submit the value has been read already (see the hook).
            if (event === 'onChange' && typeof value === 'string' && value !== previousValue) {
              const reading = readRecordValue(value, isFigureUnit(siblingData?.unit) ? siblingData.unit : 'decimal')
              return reading.ok ? true : reading.reason[req?.i18n?.language === 'en' ? 'en' : 'nl']
            }
            return typeof value === 'string' && isDecimalString(value)
              ? true
              : `Waarde "${value ?? ''}" is geen getal (gebruik bv. 1540, 82, 1552000.00 of de gedrukte vorm zoals 1.552.000,00 €).`
          },
        },
        {
          name: 'unit',
          type: 'select',
          label: { en: 'Unit', nl: 'Eenheid' },
          required: true,
          defaultValue: 'count',
          options: FIGURE_UNITS.map((value) => ({ label: unitLabels[value], value })),
        },
      ],
    },
    { name: 'notes', type: 'textarea', label: { en: 'Notes', nl: 'Notities' } },
    footingField(),
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
      afterChange: [...(hooks?.afterChange ?? []), flagStaleDocumentsAfterChange(options, 'records'), reportFootingAfterChange(options)],
      beforeChange: [...(hooks?.beforeChange ?? []), setPickerTitleBeforeChange(options)],
      beforeDelete: [...(hooks?.beforeDelete ?? []), refuseDeletingUsedDataBeforeDelete(options, 'records')],
    },
    fields: fieldOverrides ? fieldOverrides({ defaultFields }) : defaultFields,
  }
}
