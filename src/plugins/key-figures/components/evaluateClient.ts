/**
 * Client-side access to `POST <api>/key-figures/evaluate`. A document can hold many figures and
 * each row's status asks for its own result; requests made within a few milliseconds of each
 * other go out as one call, so opening a document with twenty figures costs one request.
 */
import type { FigureInput, FigureResult } from '../engine/index.ts'
import type { SourceDetails } from '../resolve/sourceDetails.ts'

/** One figure's result as the evaluate endpoint answers it: the engine's result and its source as an editor reads it. */
export type EvaluatedFigure = FigureResult & { sourceDetails?: SourceDetails }

type Pending = { input: FigureInput; reject: (error: Error) => void; resolve: (result: EvaluatedFigure) => void }

const queues = new Map<string, { pending: Pending[]; timer: ReturnType<typeof setTimeout> }>()
const BATCH_WINDOW_MS = 30
const MAX_PER_REQUEST = 200

export class EvaluateError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

const send = async (url: string, batch: Pending[]) => {
  try {
    const response = await fetch(url, {
      body: JSON.stringify({ figures: batch.map((entry) => entry.input) }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[]; results?: EvaluatedFigure[] } | null
    if (!response.ok || !Array.isArray(body?.results)) {
      const message = body?.errors?.[0]?.message ?? `HTTP ${response.status}`
      throw new EvaluateError(message, response.status)
    }
    const results = body.results
    batch.forEach((entry, index) => {
      const result = results[index]
      if (result) entry.resolve(result)
      else entry.reject(new EvaluateError('missing result', 500))
    })
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error))
    for (const entry of batch) entry.reject(failure)
  }
}

const flush = (url: string) => {
  const queue = queues.get(url)
  queues.delete(url)
  if (!queue) return
  for (let start = 0; start < queue.pending.length; start += MAX_PER_REQUEST) {
    void send(url, queue.pending.slice(start, start + MAX_PER_REQUEST))
  }
}

const enqueue = (url: string, input: FigureInput): Promise<EvaluatedFigure> =>
  new Promise((resolve, reject) => {
    const queue = queues.get(url) ?? { pending: [], timer: setTimeout(() => flush(url), BATCH_WINDOW_MS) }
    queue.pending.push({ input, reject, resolve })
    queues.set(url, queue)
  })

/**
 * The same figure asked for by its row label, its status box and the sidebar summary within a
 * short while is one request: answers are remembered for a few seconds (the data may change).
 */
const recent = new Map<string, { at: number; result: Promise<EvaluatedFigure> }>()
const REMEMBER_MS = 5_000
const REMEMBER_MAX = 500

/** Evaluates one figure; resolves with its result (or rejects when the request fails). */
export const evaluateFigure = (url: string, input: FigureInput): Promise<EvaluatedFigure> => {
  const key = `${url}\n${JSON.stringify(input)}`
  const now = Date.now()
  const known = recent.get(key)
  if (known && now - known.at < REMEMBER_MS) return known.result
  const result = enqueue(url, input)
  recent.set(key, { at: now, result })
  result.catch(() => recent.delete(key))
  if (recent.size > REMEMBER_MAX) recent.delete(recent.keys().next().value as string)
  return result
}
