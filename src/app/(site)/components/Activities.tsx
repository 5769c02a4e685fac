import React from 'react'

import type { Chapter } from '../../../payload-types'

export const activityKinds: Record<string, string> = {
  andere: 'Andere',
  collegagroep: 'Collegagroep',
  infosessie: 'Infosessie',
  'lerend-netwerk': 'Lerend netwerk',
  leerreis: 'Leerreis',
  studiedag: 'Studiedag',
  training: 'Training',
  vorming: 'Vorming',
  webinar: 'Webinar',
  workshop: 'Workshop',
}

/** A chapter's activities of the year: title, kind, format, repetition, partners; cancelled ones marked. */
export const ActivityList = ({ activities }: { activities: NonNullable<Chapter['activities']> }) => (
  <ul>
    {activities.map((activity, activityIndex) => (
      <li className={activity.cancelled ? 'activity activity--cancelled' : 'activity'} key={activity.id ?? activityIndex}>
        <span className="activity__title">{activity.title}</span>
        {[activity.kind ? activityKinds[activity.kind] ?? activity.kind : null, activity.format, activity.repetition, activity.partners ? `met ${activity.partners}` : null]
          .filter(Boolean)
          .map((detail) => (
            <span className="activity__detail" key={String(detail)}>
              {' · '}
              {detail}
            </span>
          ))}
        {activity.cancelled ? <span className="activity__cancelled"> (geannuleerd)</span> : null}
      </li>
    ))}
  </ul>
)
