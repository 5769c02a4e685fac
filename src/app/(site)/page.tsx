import config from '@payload-config'
import { getPayload } from 'payload'

export const dynamic = 'force-dynamic'

/** The published annual reports, newest first. Read as an anonymous visitor: drafts never show. */
export default async function HomePage() {
  const payload = await getPayload({ config })
  const { docs: reports } = await payload.find({
    collection: 'reports',
    depth: 0,
    limit: 50,
    overrideAccess: false,
    select: { title: true, slug: true, year: true, organisation: true, policyPeriod: true },
    sort: '-year',
  })

  return (
    <>
      <h1>Jaarverslagen</h1>
      {reports.length === 0 ? (
        <p>Er zijn nog geen gepubliceerde jaarverslagen.</p>
      ) : (
        <ul className="report-list">
          {reports.map((report) => (
            <li key={String(report.id)}>
              <h2>{report.title}</h2>
              <p>
                {report.organisation} · {report.year}
                {report.policyPeriod ? ` · beleidsperiode ${report.policyPeriod}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
