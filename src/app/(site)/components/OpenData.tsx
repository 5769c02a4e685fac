import React from 'react'

import { exportPath } from '../lib/site'

/** The link every report page carries to the open-data export of the report's figures. */
export const OpenData = ({ reportSlug, reportTitle }: { reportSlug: string; reportTitle: string }) => (
  <aside aria-label="Open data" className="open-data">
    <p>
      <strong>Open data.</strong> Elk kerncijfer van {reportTitle} met zijn bron (tabel, rijen, bewerking, nagekeken op):{' '}
      <a href={exportPath(reportSlug, 'csv')}>download als CSV</a> of <a href={exportPath(reportSlug, 'json')}>als JSON</a>.
    </p>
  </aside>
)
