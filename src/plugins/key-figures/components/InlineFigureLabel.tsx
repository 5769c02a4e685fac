'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'

import { toLanguage } from './texts.ts'

type FigureData = { label?: unknown; shown?: unknown }

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * The inline `keyFigure` block as it reads in the sentence: its printed figure ("1.540"),
 * else its label. Payload renders a block's `admin.components.Label` inside the block's own
 * form, so the block's fields are top-level paths there; a client feature may pass `formData`.
 */
export const InlineFigureLabel = (props: { formData?: FigureData }) => {
  const { i18n } = useTranslation()
  const shownInForm = useFormFields(([fields]) => fields?.shown?.value)
  const labelInForm = useFormFields(([fields]) => fields?.label?.value)
  const shown = text(props.formData?.shown ?? shownInForm)
  const label = text(props.formData?.label ?? labelInForm)
  const fallback = toLanguage(i18n.language) === 'en' ? 'Key figure' : 'Kerncijfer'
  return (
    <span title={label || undefined} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {shown || label || fallback}
    </span>
  )
}
