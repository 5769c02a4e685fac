'use client'

import { Button, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { ImportPlan } from '../import/server/plan.ts'

import { type Language, pick, toLanguage } from './texts.ts'

const t = {
  added: { en: 'Added', nl: 'Toegevoegd' },
  apply: { en: 'Apply import', nl: 'Import toepassen' },
  applied: { en: 'Applied as version', nl: 'Toegepast als versie' },
  changed: { en: 'Changed', nl: 'Gewijzigd' },
  column: { en: 'Column for', nl: 'Kolom voor' },
  dryRun: { en: 'Preview (dry run)', nl: 'Voorbeeld (proefdraai)' },
  export: { en: 'Export', nl: 'Exporteren' },
  file: { en: 'CSV or XLSX file', nl: 'CSV- of XLSX-bestand' },
  fixedUnit: { en: 'Or one unit for all rows', nl: 'Of één eenheid voor alle rijen' },
  heading: { en: 'Import from a file', nl: 'Importeren uit een bestand' },
  intro: {
    en: 'The file replaces the records of this dataset: rows are added or changed, records missing from the file are removed. Preview first; applying is all or nothing.',
    nl: 'Het bestand vervangt de records van deze dataset: rijen worden toegevoegd of gewijzigd, records die niet in het bestand staan, worden verwijderd. Bekijk eerst het voorbeeld; toepassen gebeurt volledig of helemaal niet.',
  },
  nothingWritten: { en: 'Nothing was changed.', nl: 'Er werd niets gewijzigd.' },
  problems: { en: 'Problems in the file', nl: 'Problemen in het bestand' },
  removed: { en: 'Removed', nl: 'Verwijderd' },
  saveFirst: { en: 'Save the dataset first to import into it.', nl: 'Bewaar de dataset eerst om erin te importeren.' },
  stale: { en: 'Published documents that would become stale', nl: 'Gepubliceerde documenten die verouderd zouden raken' },
  unchanged: { en: 'unchanged', nl: 'ongewijzigd' },
  unitAuto: { en: '(from the column)', nl: '(uit de kolom)' },
  version: { en: 'Current version', nl: 'Huidige versie' },
}

const UNITS = ['count', 'percent', 'score', 'duration', 'euro', 'decimal']

type Result = { applied: boolean; plan?: ImportPlan; version?: number; errors?: { message: string }[] }

const PlanView = ({ language, plan }: { language: Language; plan: ImportPlan }) => {
  if (plan.problems.length) {
    return (
      <div className="dataset-import__problems" role="alert">
        <h4>
          {pick(t.problems, language)} ({plan.problems.length}) · {pick(t.nothingWritten, language)}
        </h4>
        <ul>
          {plan.problems.map((item, index) => (
            <li key={index}>{pick(item.message, language)}</li>
          ))}
        </ul>
      </div>
    )
  }
  const { added, changed, removed, unchanged } = plan.diff
  return (
    <div className="dataset-import__plan">
      <p>
        <strong>{pick(t.added, language)}</strong> {added.length} · <strong>{pick(t.changed, language)}</strong> {changed.length} ·{' '}
        <strong>{pick(t.removed, language)}</strong> {removed.length} · {unchanged} {pick(t.unchanged, language)}
      </p>
      <table className="table">
        <tbody>
          {added.slice(0, 200).map((row) => (
            <tr key={`a${row.key}`}>
              <td>+</td>
              <td>{row.key}</td>
              <td>{row.label}</td>
              <td>
                {row.value} {row.unit}
              </td>
            </tr>
          ))}
          {changed.slice(0, 200).map((change) => (
            <tr key={`c${change.key}`}>
              <td>~</td>
              <td>{change.key}</td>
              <td>{change.after.label}</td>
              <td>{change.fields.map((field) => `${field}: ${change.before[field]} → ${change.after[field]}`).join(', ')}</td>
            </tr>
          ))}
          {removed.slice(0, 200).map((record) => (
            <tr key={`r${record.key}`}>
              <td>−</td>
              <td>{record.key}</td>
              <td>{record.label}</td>
              <td>
                {record.value} {record.unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.stale.length > 0 && (
        <div className="dataset-import__stale">
          <h4>{pick(t.stale, language)}</h4>
          <ul>
            {plan.stale.flatMap((doc) =>
              doc.figures.map((figure, index) => (
                <li key={`${doc.collection}${doc.id}${index}`}>
                  {doc.title} ({doc.collection}/{doc.id}): {pick(figure.message, language)}
                </li>
              )),
            )}
          </ul>
        </div>
      )}
      {plan.footing.map((finding, index) => (
        <p key={index} role="alert">
          {pick(finding.message, language)}
        </p>
      ))}
    </div>
  )
}

/**
 * On a dataset's edit page: export buttons, and the import (file, column mapping, preview of
 * the diff with the documents it would make stale, apply). Talks to the plugin's endpoints.
 */
export const DatasetImport = () => {
  const { id } = useDocumentInfo()
  const slug = useFormFields(([fields]) => fields.slug?.initialValue as string | undefined)
  const {
    config: { routes, serverURL },
  } = useConfig()
  const { i18n } = useTranslation()
  const language = toLanguage(i18n.language)
  const [file, setFile] = useState<File | null>(null)
  const [mapping, setMapping] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<Result | null>(null)

  if (!id || !slug) return <p>{pick(t.saveFirst, language)}</p>
  const base = `${serverURL ?? ''}${routes.api}/key-figures/datasets/${encodeURIComponent(slug)}`

  const send = async (dryRun: boolean) => {
    if (!file) return
    setBusy(true)
    try {
      const form = new FormData()
      form.append('file', file, file.name)
      form.append('_payload', JSON.stringify({ dryRun, mapping }))
      const response = await fetch(`${base}/import`, { body: form, credentials: 'include', method: 'POST' })
      setResult((await response.json()) as Result)
    } catch (error) {
      setResult({ applied: false, errors: [{ message: (error as Error).message }] })
    } finally {
      setBusy(false)
    }
  }

  const setField = (field: string, value: string) => setMapping((current) => ({ ...current, [field]: value }))

  return (
    <div className="dataset-import" style={{ marginTop: 'var(--base)' }}>
      <h3>{pick(t.export, language)}</h3>
      <p style={{ display: 'flex', gap: '0.75rem' }}>
        <a className="btn btn--style-secondary btn--size-small" download href={`${base}/export?format=csv`}>
          CSV
        </a>
        <a className="btn btn--style-secondary btn--size-small" download href={`${base}/export?format=xlsx`}>
          XLSX
        </a>
      </p>
      <h3>{pick(t.heading, language)}</h3>
      <p>{pick(t.intro, language)}</p>
      <label>
        {pick(t.file, language)}{' '}
        <input
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          name="datasetImportFile"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setResult(null)
          }}
          type="file"
        />
      </label>
      <div style={{ display: 'grid', gap: '0.5rem', gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))', margin: '0.75rem 0' }}>
        {(['key', 'label', 'value', 'unit'] as const).map((field) => (
          <label key={field}>
            {pick(t.column, language)} {field}
            <input
              name={`datasetImportMap-${field}`}
              onChange={(event) => setField(field, event.target.value)}
              placeholder={field}
              type="text"
              value={mapping[field] ?? ''}
            />
          </label>
        ))}
        <label>
          {pick(t.fixedUnit, language)}
          <select name="datasetImportUnit" onChange={(event) => setField('fixedUnit', event.target.value)} value={mapping.fixedUnit ?? ''}>
            <option value="">{pick(t.unitAuto, language)}</option>
            {UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div style={{ display: 'flex', gap: '0.75rem' }}>
        <Button buttonStyle="secondary" disabled={!file || busy} onClick={() => void send(true)} size="small">
          {pick(t.dryRun, language)}
        </Button>
        <Button disabled={!file || busy || !result?.plan || result.applied || result.plan.problems.length > 0} onClick={() => void send(false)} size="small">
          {pick(t.apply, language)}
        </Button>
      </div>
      {result?.errors?.map((error, index) => (
        <p key={index} role="alert">
          {error.message}
        </p>
      ))}
      {result?.applied && (
        <p role="status">
          <strong>
            {pick(t.applied, language)} {result.version}
          </strong>
        </p>
      )}
      {result?.plan && !result.applied && (
        <p>
          {pick(t.version, language)}: {result.plan.dataset.version}
        </p>
      )}
      {result?.plan && <PlanView language={language} plan={result.plan} />}
    </div>
  )
}
