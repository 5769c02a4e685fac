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

/** A chapter's activities of the year: title, then kind, format, repetition and partners; cancelled ones marked. */
export const ActivityList = ({ activities }: { activities: NonNullable<Chapter['activities']> }) => (
  <ul>
    {activities.map((activity, activityIndex) => (
      <li className={activity.cancelled ? 'activity activity--cancelled' : 'activity'} key={activity.id ?? activityIndex}>
        <span className="activity__title">{activity.title}</span>
        <span className="activity__details">
          {[activity.kind ? (activityKinds[activity.kind] ?? activity.kind) : null, activity.format, activity.repetition, activity.partners ? `met ${activity.partners}` : null]
            .filter(Boolean)
            .join(' · ')}
          {activity.cancelled ? ' · geannuleerd' : ''}
        </span>
      </li>
    ))}
  </ul>
)
