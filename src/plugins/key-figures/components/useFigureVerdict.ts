'use client'

import type { FigureInput } from '../engine/index.ts'

import { useConfig } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { type EvaluatedFigure, evaluateFigure } from './evaluateClient.ts'

const DEBOUNCE_MS = 400

export type Verdict = { kind: 'error'; message: string } | { kind: 'idle' } | { kind: 'result'; result: EvaluatedFigure }

/** The evaluate endpoint of this admin. */
export const useEvaluateUrl = (): string => {
  const {
    config: { routes, serverURL },
  } = useConfig()
  return `${serverURL ?? ''}${routes.api}/key-figures/evaluate`
}

/**
 * The verdict on figures as they stand in the form, checked again (debounced) whenever one
 * changes. Requests for the same figure are shared (see evaluateClient), so a row label, its
 * status box and the sidebar ask the server once.
 */
export const useFigureVerdicts = (inputs: (FigureInput | null)[]): { pending: boolean; verdicts: Verdict[] } => {
  const url = useEvaluateUrl()
  const key = JSON.stringify(inputs)
  const [state, setState] = useState<{ key: string; verdicts: Verdict[] }>({ key: '', verdicts: [] })
  const currentKey = useRef(key)
  currentKey.current = key

  useEffect(() => {
    const figures = JSON.parse(key) as (FigureInput | null)[]
    if (figures.every((figure) => figure === null)) {
      setState({ key, verdicts: figures.map(() => ({ kind: 'idle' })) })
      return
    }
    const timer = setTimeout(() => {
      void Promise.all(
        figures.map((figure): Promise<Verdict> =>
          figure
            ? evaluateFigure(url, figure).then(
                (result): Verdict => ({ kind: 'result', result }),
                (error: unknown): Verdict => ({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
              )
            : Promise.resolve({ kind: 'idle' }),
        ),
      ).then((verdicts) => {
        if (currentKey.current === key) setState({ key, verdicts })
      })
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [key, url])

  const pending = state.key !== key
  const count = inputs.length
  const verdicts = state.verdicts.length === count ? state.verdicts : inputs.map((): Verdict => ({ kind: 'idle' }))
  return { pending, verdicts }
}
