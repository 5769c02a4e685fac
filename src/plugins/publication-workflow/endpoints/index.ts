import type { Endpoint, PayloadRequest } from 'payload'

import type { SanitizedWorkflowOptions } from '../types.ts'

import { NothingToPublish, publishReport, ReportNotFound } from '../server/publishReport.ts'

const json = (body: unknown, status = 200) => Response.json(body, { status })
const error = (status: number, nl: string, en: string) => json({ errors: [{ message: `${nl} / ${en}` }] }, status)

/**
 * `POST /api/workflow/reports/:report/publish` (editors and admins; `:report` is an id or a
 * slug): publishes every approved document of the report if all pass, else nothing (409 with
 * the blocking documents).
 */
export const workflowEndpoints = (options: SanitizedWorkflowOptions): Endpoint[] => [
  {
    handler: async (req: PayloadRequest) => {
      const actor = options.actorOf(req.user)
      if (!req.user) return error(401, 'Log in om te publiceren.', 'Log in to publish.')
      if (actor !== 'admin' && actor !== 'editor') return error(403, 'Alleen een redacteur of beheerder publiceert een jaarverslag.', 'Only an editor or administrator publishes a report.')
      const reference = String(req.routeParams?.report ?? '')
      try {
        const result = await publishReport(reference, req, options)
        return json(result, result.blocking.length ? 409 : 200)
      } catch (caught) {
        if (caught instanceof ReportNotFound) return error(404, `Jaarverslag "${reference}" niet gevonden.`, `Report "${reference}" not found.`)
        if (caught instanceof NothingToPublish) {
          return error(400, 'Niets te publiceren: geen enkel document van dit jaarverslag is goedgekeurd.', 'Nothing to publish: no document of this report is approved.')
        }
        throw caught
      }
    },
    method: 'post',
    path: '/workflow/reports/:report/publish',
  },
]
