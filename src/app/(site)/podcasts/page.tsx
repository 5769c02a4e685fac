import type { Metadata } from 'next'

import React from 'react'

import type { PodcastEpisode, PodcastSeries } from '../../../payload-types'

import { apiGet, type List } from '../lib/api'
import { isSameOrigin } from '../lib/links'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Podcasts' }

const dateFormat = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'Europe/Brussels' })
const date = (value: null | string | undefined) => (value ? dateFormat.format(new Date(value)) : null)

/** The podcast series, each with its episodes in order and their guests. */
export default async function PodcastsPage() {
  const [{ docs: series }, { docs: episodes }] = await Promise.all([
    apiGet<List<PodcastSeries>>('/podcast-series', { depth: 0, joins: false, limit: 50, sort: 'title' }),
    apiGet<List<PodcastEpisode>>('/podcast-episodes', { depth: 0, limit: 500, sort: 'number' }),
  ])
  return (
    <div className="page">
      <header className="page-header">
        <h1>Podcasts</h1>
      </header>
      {series.length === 0 ? <p>Er zijn nog geen podcasts.</p> : null}
      {series.map((serie) => {
        const own = episodes.filter((episode) => String(typeof episode.series === 'object' ? episode.series.id : episode.series) === String(serie.id))
        return (
          <section aria-labelledby={`reeks-${serie.id}`} className="podcast-series" key={String(serie.id)}>
            <h2 id={`reeks-${serie.id}`}>{serie.title}</h2>
            {serie.description ? <p>{serie.description}</p> : null}
            <p className="meta">
              {serie.producer ? `Een productie van ${serie.producer}. ` : ''}
              {serie.platformUrl ? (
                <a className="button" href={serie.platformUrl}>
                  Beluister {serie.title}
                </a>
              ) : null}
            </p>
            <ol className="episodes">
              {own.map((episode) => (
                <li className="episode" key={String(episode.id)}>
                  <h3>
                    {episode.number ? `Aflevering ${episode.number}: ` : ''}
                    {episode.title}
                  </h3>
                  {episode.lead ? <p className="lead">{episode.lead}</p> : null}
                  {episode.description ? <p>{episode.description}</p> : null}
                  {(episode.guests ?? []).length > 0 ? (
                    <>
                      <h4>Te gast</h4>
                      <ul className="guests">
                        {(episode.guests ?? []).map((guest, index) => (
                          <li key={guest.id ?? index}>
                            {guest.name}
                            {guest.organisation ? ` (${guest.organisation})` : ''}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                  <p className="meta">
                    {episode.recordedLive?.event ? `Live opgenomen op ${episode.recordedLive.event}${episode.recordedLive.date ? `, ${date(episode.recordedLive.date)}` : ''}. ` : ''}
                    {episode.publishedAt ? `Verschenen op ${date(episode.publishedAt)}. ` : ''}
                  </p>
                  {episode.audioUrl && isSameOrigin(episode.audioUrl) ? (
                    // Only audio this site serves itself: the site loads nothing from elsewhere.
                    <audio className="player" controls preload="none" src={episode.audioUrl}>
                      <a href={episode.audioUrl}>Download de aflevering</a>
                    </audio>
                  ) : null}
                  {episode.audioUrl ? (
                    <p>
                      <a href={episode.audioUrl}>
                        Beluister aflevering {episode.number ?? ''}
                        <span className="visually-hidden">: {episode.title}</span>
                      </a>
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        )
      })}
    </div>
  )
}
