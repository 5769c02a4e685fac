import type { Endpoint } from 'payload'

import type { RollForwardOptions } from '../types'

import { rollForwardReport, RollForwardError } from '../server/rollForward'

const errorAnswer = (status: number, field: string, message: string) =>
  Response.json({ errors: [{ data: { errors: [{ message, path: field }] }, message }] }, { status })

/**
 * `POST /api/roll-forward` with `{ "from": "<report slug>", "year": 2025 }`: 201 with what was
 * created, 200 when the report of that year exists already (nothing changed), 400/404 naming the
 * field, 401 without login, 403 for whoever may not (authors).
 */
export const rollForwardEndpoint = (options: RollForwardOptions): Endpoint => ({
  handler: async (req) => {
    if (!req.user) return errorAnswer(401, 'user', 'Log in om een jaarverslag door te rollen. / Log in to roll a report forward.')
    if (!options.canRollForward(req)) return errorAnswer(403, 'user', 'Enkel redacteurs en beheerders rollen een jaarverslag door. / Only editors and admins roll a report forward.')
    let body: Record<string, unknown> = {}
    try {
      body = (await req.json?.()) ?? {}
    } catch {
      return errorAnswer(400, 'body', 'De vraag is geen JSON-object. / The body is not a JSON object.')
    }
    const year = typeof body.year === 'string' && /^\d{4}$/.test(body.year) ? Number(body.year) : body.year
    if (typeof year !== 'number') return errorAnswer(400, 'year', 'Geef het jaar van het nieuwe jaarverslag, bv. 2025. / Give the new report\'s year, e.g. 2025.')
    try {
      const result = await rollForwardReport({ from: String(body.from ?? ''), keyFigures: options.keyFigures, options, req, year })
      return Response.json(result, { status: result.status === 'created' ? 201 : 200 })
    } catch (error) {
      if (error instanceof RollForwardError) return errorAnswer(error.status, error.field, error.message)
      req.payload.logger.error({ err: error, msg: 'roll forward failed' })
      throw error
    }
  },
  method: 'post',
  path: '/roll-forward',
})
