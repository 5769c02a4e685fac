'use client'

import { Button, SelectInput, TextInput, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useRef, useState } from 'react'

import type { ImportPlan } from '../import/server/plan.ts'

import { FIGURE_UNITS } from '../engine/index.ts'
import { printedRecordValue, unitLabels } from '../unitLabels.ts'
import { type Language, pick, toLanguage } from './texts.ts'

const t = {
  added: { en: 'Added', nl: 'Toegevoegd' },
  apply: { en: 'Apply import', nl: 'Import toepassen' },
  applied: { en: 'Applied as version', nl: 'Toegepast als versie' },
  changed: { en: 'Changed', nl: 'Gewijzigd' },
  change: { en: 'Change', nl: 'Wijziging' },
  chooseFile: { en: 'Choose a file', nl: 'Kies een bestand' },
  columns: {
    key: { en: 'Column with the key', nl: 'Kolom met de sleutel' },
    label: { en: 'Column with the label', nl: 'Kolom met de omschrijving' },
    unit: { en: 'Column with the unit', nl: 'Kolom met de eenheid' },
    value: { en: 'Column with the value', nl: 'Kolom met de waarde' },
  },
  columnHint: { en: 'found by name when left empty', nl: 'leeg: op naam gezocht' },
  key: { en: 'Key', nl: 'Sleutel' },
  label: { en: 'Label', nl: 'Omschrijving' },
  noFile: { en: 'No file chosen', nl: 'Geen bestand gekozen' },
  value: { en: 'Value', nl: 'Waarde' },
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
      <div className="table">
        <table className="dataset-import__diff">
          <thead>
            <tr>
              <th scope="col">{pick(t.change, language)}</th>
              <th scope="col">{pick(t.key, language)}</th>
              <th scope="col">{pick(t.label, language)}</th>
              <th scope="col">{pick(t.value, language)}</th>
            </tr>
          </thead>
          <tbody>
            {added.slice(0, 200).map((row) => (
              <tr data-change="added" key={`a${row.key}`}>
                <td>{pick(t.added, language)}</td>
                <td>{row.key}</td>
                <td>{row.label}</td>
                <td>{printedRecordValue(row.value, row.unit)}</td>
              </tr>
            ))}
            {changed.slice(0, 200).map((change) => (
              <tr data-change="changed" key={`c${change.key}`}>
                <td>{pick(t.changed, language)}</td>
                <td>{change.key}</td>
                <td>{change.after.label}</td>
                <td>
                  {change.fields
                    .map((field) =>
                      field === 'value'
                        ? `${printedRecordValue(change.before.value, change.before.unit)} → ${printedRecordValue(change.after.value, change.after.unit)}`
                        : `${field === 'label' ? pick(t.label, language) : field}: ${String(change.before[field] ?? '')} → ${String(change.after[field] ?? '')}`,
                    )
                    .join('; ')}
                </td>
              </tr>
            ))}
            {removed.slice(0, 200).map((record) => (
              <tr data-change="removed" key={`r${record.key}`}>
                <td>{pick(t.removed, language)}</td>
                <td>{record.key}</td>
                <td>{record.label}</td>
                <td>{printedRecordValue(record.value, record.unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
  const fileInput = useRef<HTMLInputElement>(null)
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
      <div className="dataset-import__file" style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: '0.75rem', margin: '0 0 0.75rem' }}>
        <span className="field-label">{pick(t.file, language)}</span>
        <input
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          name="datasetImportFile"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setResult(null)
          }}
          ref={fileInput}
          type="file"
        />
        <Button buttonStyle="secondary" margin={false} onClick={() => fileInput.current?.click()} size="small">
          {pick(t.chooseFile, language)}
        </Button>
        <span className="dataset-import__file-name">{file ? file.name : pick(t.noFile, language)}</span>
      </div>
      <div style={{ display: 'grid', gap: '0.5rem 1rem', gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))', margin: '0.75rem 0' }}>
        {(['key', 'label', 'value', 'unit'] as const).map((field) => (
          <TextInput
            key={field}
            label={pick(t.columns[field], language)}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setField(field, event.target.value)}
            path={`datasetImportMap-${field}`}
            placeholder={pick(t.columnHint, language)}
            value={mapping[field] ?? ''}
          />
        ))}
        <SelectInput
          isClearable
          label={pick(t.fixedUnit, language)}
          name="datasetImportUnit"
          onChange={(option) => setField('fixedUnit', option && !Array.isArray(option) ? String((option as { value?: unknown }).value ?? '') : '')}
          options={FIGURE_UNITS.map((unit) => ({ label: pick(unitLabels[unit], language), value: unit }))}
          path="datasetImportUnit"
          placeholder={pick(t.unitAuto, language)}
          value={mapping.fixedUnit ?? ''}
        />
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
