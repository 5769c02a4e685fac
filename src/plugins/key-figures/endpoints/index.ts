import type { Endpoint, PayloadRequest } from 'payload'

import type { FigureInput } from '../engine/index.ts'
import type { SanitizedKeyFiguresOptions } from '../types.ts'

import { checkFigures, collectReferencedRecordIds } from '../engine/index.ts'
import { checkReport, ReportNotFoundError } from '../server/checkReport.ts'
import { bindNumber, BindNumberError, type BindNumberInput } from '../server/bindNumber.ts'
import { reportCoverage } from '../server/coverage.ts'
import { exportReportFigures, figuresToCsv } from '../server/exportFigures.ts'
import { sourceDetails } from '../resolve/sourceDetails.ts'
import { loadRecords } from '../server/loadRecords.ts'

const json = (body: unknown, status = 200) => Response.json(body, { status })

const forbidden = (req: PayloadRequest) =>
  json({ errors: [{ message: req.i18n?.language === 'en' ? 'You are not allowed to run the figure check.' : 'U mag de cijfercontrole niet uitvoeren.' }] }, 403)

/**
 * `GET /api/key-figures/check?report=<slug>`: the report-wide check.
 * `GET /api/key-figures/export?report=<slug>&format=csv|json`: open data, public: every figure of
 * the report's published documents with its source.
 * `POST /api/key-figures/evaluate`: checks figures as they are in an unsaved form (the admin's
 * per-figure status and its "take the data's value" action).
 */
export const keyFigureEndpoints = (options: SanitizedKeyFiguresOptions): Endpoint[] => [
  {
    handler: async (req) => {
      if (!(await options.canCheck(req))) return forbidden(req)
      const report = typeof req.query?.report === 'string' ? req.query.report : ''
      if (!report) return json({ errors: [{ message: 'Geef ?report=<slug> op / pass ?report=<slug>.' }] }, 400)
      try {
        const check = await checkReport(report, req, options)
        // Numbers nobody bound: bound / all numbers in the documents' rich text, with the records that match.
        return json({ ...check, coverage: await reportCoverage(report, req, options) })
      } catch (error) {
        if (error instanceof ReportNotFoundError) return json({ errors: [{ message: error.message }] }, 404)
        throw error
      }
    },
    method: 'get',
    path: '/key-figures/check',
  },
  {
    handler: async (req) => {
      const report = typeof req.query?.report === 'string' ? req.query.report : ''
      const format = typeof req.query?.format === 'string' ? req.query.format : 'json'
      if (!report) return json({ errors: [{ message: 'Geef ?report=<slug> op / pass ?report=<slug>.' }] }, 400)
      if (format !== 'csv' && format !== 'json') {
        return json({ errors: [{ message: `Onbekend formaat "${format}": kies csv of json / unknown format "${format}": use csv or json.` }] }, 400)
      }
      let data
      try {
        data = await exportReportFigures(report, req, options)
      } catch (error) {
        if (error instanceof ReportNotFoundError) return json({ errors: [{ message: error.message }] }, 404)
        throw error
      }
      const filename = `kerncijfers-${data.report.slug.replace(/[^A-Za-z0-9_-]/g, '')}.${format}`
      const headers = { 'Content-Disposition': `attachment; filename="${filename}"` }
      if (format === 'json') return Response.json(data, { headers })
      return new Response(figuresToCsv(data), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } })
    },
    method: 'get',
    path: '/key-figures/export',
  },
  {
    handler: async (req) => {
      if (!req.user) return forbidden(req)
      const body = (await req.json?.().catch(() => null)) as { figures?: FigureInput[] } | null
      const figures = Array.isArray(body?.figures) ? body.figures.slice(0, 500) : null
      if (!figures) return json({ errors: [{ message: 'Verwacht { figures: [...] } / expected { figures: [...] }.' }] }, 400)
      const { records } = await loadRecords(collectReferencedRecordIds(figures), req, options)
      const checked = checkFigures(figures, records)
      // Each result also names its source as an editor reads it: dataset title and period, record labels.
      return json({ ...checked, results: checked.results.map((result, index) => ({ ...result, sourceDetails: sourceDetails(figures[index], records) })) })
    },
    method: 'post',
    path: '/key-figures/evaluate',
  },
  {
    // Numbers nobody bound: one number in a document's rich text becomes an inline figure bound to a record.
    handler: async (req) => {
      if (!(await options.canCheck(req))) return forbidden(req)
      const body = (await req.json?.().catch(() => null)) as null | Partial<BindNumberInput>
      const missing = (['collection', 'id', 'path', 'block', 'index', 'text', 'record'] as const).find((key) => body?.[key] === undefined || body?.[key] === null || body?.[key] === '')
      if (!body || missing) return json({ errors: [{ message: `Veld "${missing ?? 'body'}" ontbreekt / is missing.`, path: missing ?? 'body' }] }, 400)
      try {
        return json(await bindNumber(body as BindNumberInput, req, options))
      } catch (error) {
        if (error instanceof BindNumberError) return json({ errors: [{ message: error.message, path: error.field }] }, error.status)
        throw error
      }
    },
    method: 'post',
    path: '/key-figures/bind-number',
  },
]
