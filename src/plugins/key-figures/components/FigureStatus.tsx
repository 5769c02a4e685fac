'use client'

import type { UIFieldClientProps } from 'payload'

import { Button, useConfig, useFieldPath, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

import type { FigureInput, FigureResult, RecordId } from '../engine/index.ts'

import { normalizeRecordId } from '../engine/index.ts'
import { evaluateFigure } from './evaluateClient.ts'
import { describeSource, pick, toLanguage } from './texts.ts'

const DEBOUNCE_MS = 400

const texts = {
  checking: { en: 'Checking against the data…', nl: 'Controleren met de data…' },
  error: { en: 'The figure could not be checked', nl: 'Het cijfer kon niet worden gecontroleerd' },
  expected: { en: 'Expected', nl: 'Verwacht' },
  ok: { en: '✓ Matches the data', nl: '✓ Klopt met de data' },
  source: { en: 'source', nl: 'bron' },
  takeValue: { en: "Use the data's value", nl: 'Neem datawaarde over' },
  unbound: {
    en: 'Not linked to data yet: choose a record (or an operation with its records) to have this figure checked.',
    nl: 'Nog niet aan data gekoppeld: kies een record (of een bewerking met zijn records) om dit cijfer te laten controleren.',
  },
}

type View =
  | { kind: 'error'; message: string }
  | { kind: 'idle' }
  | { kind: 'result'; result: FigureResult }

const asText = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value))

/** The sibling fields of a ui field at `keyFigures.2.figureStatus` live under `keyFigures.2.`. */
const siblingPrefix = (path: string): string => {
  const cut = path.lastIndexOf('.')
  return cut === -1 ? '' : path.slice(0, cut + 1)
}

/**
 * The live status of one key figure (an array row or the inline block's drawer): checks the
 * figure as it stands in the form against its data, and offers the data's value in the style
 * the editor printed, to take over with one click.
 */
export const FigureStatus = (props: UIFieldClientProps) => {
  const { path: pathFromProps, readOnly } = props
  const pathFromContext = useFieldPath()
  const prefix = siblingPrefix(pathFromContext || pathFromProps || '')
  const { i18n } = useTranslation()
  const language = toLanguage(i18n.language)
  const {
    config: { routes, serverURL },
  } = useConfig()
  const { setModified } = useForm()

  const label = useFormFields(([fields]) => fields?.[`${prefix}label`]?.value)
  const shown = useFormFields(([fields]) => fields?.[`${prefix}shown`]?.value)
  const unit = useFormFields(([fields]) => fields?.[`${prefix}unit`]?.value)
  const operation = useFormFields(([fields]) => fields?.[`${prefix}operation`]?.value)
  const record = useFormFields(([fields]) => fields?.[`${prefix}record`]?.value)
  const operands = useFormFields(([fields]) => fields?.[`${prefix}operands`]?.value)
  const rounding = useFormFields(([fields]) => fields?.[`${prefix}rounding`]?.value)
  const dispatchFields = useFormFields(([, dispatch]) => dispatch)

  // The figure as the engine wants it; its JSON is the key that triggers a new check.
  const usesRecord = !operation || operation === 'record'
  const recordId = usesRecord ? normalizeRecordId(record) : null
  const operandIds: (RecordId | null)[] = !usesRecord && Array.isArray(operands) ? operands.map(normalizeRecordId) : []
  const bound = usesRecord ? recordId !== null : operandIds.some((id) => id !== null)
  const input: FigureInput | null = bound
    ? {
        label: asText(label),
        path: prefix ? prefix.slice(0, -1) : 'figure',
        shown: asText(shown),
        unit: asText(unit || 'count') as FigureInput['unit'],
        ...(usesRecord
          ? { operation: null, record: recordId }
          : { operands: operandIds as RecordId[], operation: operation as FigureInput['operation'] }),
        rounding: rounding === 'half-up' ? 'half-up' : 'tolerant',
      }
    : null
  const key = input ? JSON.stringify(input) : ''

  const [view, setView] = useState<View>({ kind: 'idle' })
  const [pending, setPending] = useState(false)
  const currentKey = useRef(key)
  currentKey.current = key
  const url = `${serverURL ?? ''}${routes.api}/key-figures/evaluate`

  useEffect(() => {
    if (!key) {
      setView({ kind: 'idle' })
      setPending(false)
      return
    }
    setPending(true)
    const figure = JSON.parse(key) as FigureInput
    const timer = setTimeout(() => {
      evaluateFigure(url, figure).then(
        (result) => {
          if (currentKey.current !== key) return
          setView({ kind: 'result', result })
          setPending(false)
        },
        (error: unknown) => {
          if (currentKey.current !== key) return
          setView({ kind: 'error', message: error instanceof Error ? error.message : String(error) })
          setPending(false)
        },
      )
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [key, url])

  const takeDataValue = (value: string) => {
    dispatchFields({ type: 'UPDATE', path: `${prefix}shown`, value })
    setModified(true)
  }

  const box = (colour: 'error' | 'success' | 'neutral', children: React.ReactNode) => (
    <div
      aria-busy={pending}
      aria-live="polite"
      className="key-figure-status"
      data-status={view.kind === 'result' ? view.result.status : view.kind}
      style={{
        background: colour === 'error' ? 'var(--theme-error-50)' : colour === 'success' ? 'var(--theme-success-50)' : 'transparent',
        borderLeft: `3px solid ${colour === 'error' ? 'var(--theme-error-500)' : colour === 'success' ? 'var(--theme-success-500)' : 'var(--theme-elevation-250)'}`,
        color: 'var(--theme-text)',
        margin: '0 0 var(--base, 20px)',
        opacity: pending && view.kind !== 'idle' ? 0.6 : 1,
        padding: '8px 12px',
      }}
    >
      {children}
    </div>
  )

  if (!input) return box('neutral', <p style={{ color: 'var(--theme-elevation-600)', margin: 0 }}>{pick(texts.unbound, language)}</p>)
  if (view.kind === 'idle') return box('neutral', <p style={{ margin: 0 }}>{pick(texts.checking, language)}</p>)
  if (view.kind === 'error') {
    return box('error', <p style={{ margin: 0 }}>{`${pick(texts.error, language)}: ${view.message}`}</p>)
  }

  const { result } = view
  const source = describeSource(result.source, language)
  if (result.ok) {
    return box(
      'success',
      <p style={{ margin: 0 }}>
        <strong style={{ color: 'var(--theme-success-750)' }}>{pick(texts.ok, language)}</strong>
        {source ? <span style={{ color: 'var(--theme-elevation-600)' }}>{` (${pick(texts.source, language)}: ${source})`}</span> : null}
      </p>,
    )
  }

  const expected = result.expected
  const canTake = Boolean(expected) && !readOnly && expected !== asText(shown).trim()
  return box(
    'error',
    <>
      {expected ? (
        <p style={{ margin: '0 0 4px' }}>
          {`${pick(texts.expected, language)}: `}
          <strong data-expected={expected} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {expected}
          </strong>
          {source ? ` (${pick(texts.source, language)}: ${source})` : null}
        </p>
      ) : null}
      {result.finding ? <p style={{ margin: '0 0 4px' }}>{pick(result.finding.message, language)}</p> : null}
      {canTake && expected ? (
        <Button buttonStyle="secondary" margin={false} onClick={() => takeDataValue(expected)} size="small">
          {pick(texts.takeValue, language)}
        </Button>
      ) : null}
    </>,
  )
}
