'use client'

import type { TextFieldClientProps } from 'payload'

import { SelectInput, useConfig, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Section = { key?: null | string; title?: null | string }

const texts = {
  chooseReport: { en: 'Choose the annual report first.', nl: 'Kies eerst het jaarverslag.' },
  noSections: { en: 'This annual report has no sections yet.', nl: 'Dit jaarverslag heeft nog geen onderdelen.' },
  unknown: { en: '(not a section of this report)', nl: '(geen onderdeel van dit verslag)' },
}

const idOf = (value: unknown): null | number | string => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  if (value && typeof value === 'object' && 'value' in value) return idOf((value as { value: unknown }).value)
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

/**
 * "Onderdeel" of a chapter: chosen from the sections of the chosen report (their titles shown,
 * their key stored). The server checks the key against the report all the same.
 */
export const SectionSelect = ({ field, path: pathFromProps, readOnly }: TextFieldClientProps) => {
  const path = pathFromProps ?? field.name
  const { setValue, showError, value } = useField<string>({ path })
  const report = useFormFields(([fields]) => fields?.report?.value)
  const reportId = idOf(report)
  const {
    config: { routes, serverURL },
  } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const [sections, setSections] = useState<null | Section[]>(null)

  useEffect(() => {
    if (reportId === null) {
      setSections(null)
      return
    }
    const controller = new AbortController()
    fetch(`${serverURL ?? ''}${routes.api}/reports/${encodeURIComponent(String(reportId))}?depth=0&draft=true&select[sections]=true`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((doc: null | { sections?: Section[] }) => setSections(Array.isArray(doc?.sections) ? doc.sections : []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [reportId, routes.api, serverURL])

  const options = (sections ?? []).filter((section) => section.key).map((section) => ({ label: section.title || String(section.key), value: String(section.key) }))
  if (value && sections && !options.some((option) => option.value === value)) options.push({ label: `${value} ${texts.unknown[language]}`, value })
  const label = typeof field.label === 'string' ? field.label : (field.label as Record<string, string> | undefined)?.[language] ?? field.name
  const hint = reportId === null ? texts.chooseReport[language] : sections && sections.length === 0 ? texts.noSections[language] : undefined

  return (
    <SelectInput
      description={hint}
      isClearable={false}
      label={label}
      name={path}
      onChange={(option) => setValue(option && !Array.isArray(option) ? String((option as { value?: unknown }).value ?? '') : '')}
      options={options}
      path={path}
      readOnly={readOnly || reportId === null}
      required={field.required}
      showError={showError}
      value={value ?? ''}
    />
  )
}
