'use client'

import type { UIFieldClientProps } from 'payload'

import { Button, useFieldPath, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { figureInputOf } from './figureInput.ts'
import { describeSourceDetails, pick, toLanguage } from './texts.ts'
import { useFigureVerdicts } from './useFigureVerdict.ts'

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
  const { setModified } = useForm()

  const label = useFormFields(([fields]) => fields?.[`${prefix}label`]?.value)
  const shown = useFormFields(([fields]) => fields?.[`${prefix}shown`]?.value)
  const unit = useFormFields(([fields]) => fields?.[`${prefix}unit`]?.value)
  const operation = useFormFields(([fields]) => fields?.[`${prefix}operation`]?.value)
  const record = useFormFields(([fields]) => fields?.[`${prefix}record`]?.value)
  const operands = useFormFields(([fields]) => fields?.[`${prefix}operands`]?.value)
  const rounding = useFormFields(([fields]) => fields?.[`${prefix}rounding`]?.value)
  // Rolled into next year's report and not bound yet: the check says what it awaits.
  const awaitingData = useFormFields(([fields]) => fields?.[`${prefix}awaitingData`]?.value)
  const dispatchFields = useFormFields(([, dispatch]) => dispatch)

  const input = figureInputOf({ awaitingData, label, operands, operation, record, rounding, shown, unit }, prefix ? prefix.slice(0, -1) : 'figure')
  const {
    pending,
    verdicts: [view = { kind: 'idle' }],
  } = useFigureVerdicts([input])

  const takeDataValue = (value: string) => {
    dispatchFields({ type: 'UPDATE', path: `${prefix}shown`, value })
    setModified(true)
  }

  const box = (colour: 'error' | 'neutral' | 'success', children: React.ReactNode) => (
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
        overflowWrap: 'anywhere',
        padding: '8px 12px',
        whiteSpace: 'normal',
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
  const source = describeSourceDetails(result.sourceDetails, result.source, language)
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
