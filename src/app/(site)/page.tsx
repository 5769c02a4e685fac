import type { Report } from '../../payload-types'

import { apiGet, type List } from './lib/api'
import { reportPath } from './lib/paths'

export const dynamic = 'force-dynamic'

/** The published annual reports, newest first, read through the content API. */
export default async function HomePage() {
  const { docs: reports } = await apiGet<List<Report>>('/reports', {
    depth: 0,
    limit: 50,
    'select[organisation]': true,
    'select[policyPeriod]': true,
    'select[slug]': true,
    'select[title]': true,
    'select[year]': true,
    'select[meta]': true,
    sort: '-year',
  })

  return (
    <>
      <h1>Jaarverslagen</h1>
      {reports.length === 0 ? (
        <p>Er zijn nog geen gepubliceerde jaarverslagen.</p>
      ) : (
        <ul className="card-list">
          {reports.map((report) => (
            <li className="card" key={String(report.id)}>
              <h2>
                <a href={reportPath(report.slug ?? String(report.id))}>{report.title}</a>
              </h2>
              <p>
                {report.organisation} · {report.year}
                {report.policyPeriod ? ` · beleidsperiode ${report.policyPeriod}` : ''}
              </p>
              {report.meta?.description ? <p>{report.meta.description}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
