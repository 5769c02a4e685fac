import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import type { SanitizedKeyFiguresOptions } from '../../types.ts'
import type { ColumnMapping } from '../rows.ts'

import { recordsToCsv, recordsToXlsx } from '../export.ts'
import { applyImport, DatasetNotFoundError, findDataset, ImportRefusedError, loadExisting, planImport } from './importDataset.ts'

const json = (body: unknown, status = 200) => Response.json(body, { status })
const english = (req: PayloadRequest) => req.i18n?.language === 'en'

const forbidden = (req: PayloadRequest) =>
  json({ errors: [{ message: english(req) ? 'You are not allowed to import or export datasets.' : 'U mag geen datasets importeren of exporteren.' }] }, 403)

const slugParam = (req: PayloadRequest) => String(req.routeParams?.slug ?? '')

const readMapping = (data: unknown): ColumnMapping => {
  const source = (data && typeof data === 'object' ? (data as { mapping?: unknown }).mapping : undefined) ?? {}
  const mapping: ColumnMapping = {}
  for (const field of ['key', 'label', 'value', 'unit', 'fixedUnit'] as const) {
    const value = (source as Record<string, unknown>)[field]
    if (typeof value === 'string' && value.trim()) mapping[field] = value.trim().slice(0, 100)
  }
  return mapping
}

/**
 * `POST /api/key-figures/datasets/:slug/import` (multipart: `file`, and `_payload` =
 * `{"mapping":{...},"dryRun":true}`): the dry run (a plan) or the atomic apply.
 * `GET /api/key-figures/datasets/:slug/export?format=csv|xlsx`: the dataset as a file.
 * Both only for those who may run the figure check (editors and admins in this app).
 */
export const importEndpoints = (options: SanitizedKeyFiguresOptions): Endpoint[] => [
  {
    handler: async (req) => {
      if (!req.user || !(await options.canCheck(req))) return forbidden(req)
      await addDataAndFileToRequest(req)
      const file = req.file
      if (!file?.data) {
        return json({ errors: [{ message: english(req) ? 'Upload a CSV or XLSX file in the field "file".' : 'Laad een CSV- of XLSX-bestand op in het veld "file".' }] }, 400)
      }
      const dryRun = (req.data as { dryRun?: unknown } | undefined)?.dryRun !== false
      const args = {
        bytes: new Uint8Array(file.data),
        datasetSlug: slugParam(req),
        fileName: file.name || 'upload.csv',
        mapping: readMapping(req.data),
        options,
        req,
      }
      try {
        if (dryRun) {
          const plan = await planImport(args)
          return json({ applied: false, plan }, plan.problems.length ? 422 : 200)
        }
        const applied = await applyImport(args)
        return json({ applied: true, importId: applied.importId, plan: applied.plan, version: applied.version })
      } catch (error) {
        if (error instanceof DatasetNotFoundError) return json({ errors: [{ message: error.message }] }, 404)
        if (error instanceof ImportRefusedError) return json({ applied: false, plan: error.plan }, 422)
        req.payload.logger.error({ err: error, msg: 'dataset import failed' })
        return json(
          {
            errors: [
              {
                message: english(req)
                  ? `The import was not applied; nothing was changed. (${(error as Error).message})`
                  : `De import werd niet uitgevoerd; er werd niets gewijzigd. (${(error as Error).message})`,
              },
            ],
          },
          500,
        )
      }
    },
    method: 'post',
    path: '/key-figures/datasets/:slug/import',
  },
  {
    handler: async (req) => {
      if (!req.user || !(await options.canCheck(req))) return forbidden(req)
      const slug = slugParam(req)
      const requested = req.query?.format ?? 'csv'
      if (requested !== 'csv' && requested !== 'xlsx') {
        return json({ errors: [{ field: 'format', message: `format "${String(requested)}" bestaat niet: kies csv of xlsx / unknown format: use csv or xlsx.` }] }, 400)
      }
      const format = requested
      let dataset: Awaited<ReturnType<typeof findDataset>>
      try {
        dataset = await findDataset(slug, req, options)
      } catch (error) {
        if (error instanceof DatasetNotFoundError) return json({ errors: [{ message: error.message }] }, 404)
        throw error
      }
      const records = await loadExisting(dataset.id, req, options)
      const safeName = dataset.slug.replace(/[^\w.-]/g, '_')
      const body = format === 'xlsx' ? await recordsToXlsx(records, dataset.slug) : recordsToCsv(records)
      return new Response(body as BodyInit, {
        headers: {
          'Cache-Control': 'no-store',
          'Content-Disposition': `attachment; filename="${safeName}.${format}"`,
          'Content-Type': format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
          'X-Content-Type-Options': 'nosniff',
        },
      })
    },
    method: 'get',
    path: '/key-figures/datasets/:slug/export',
  },
]
