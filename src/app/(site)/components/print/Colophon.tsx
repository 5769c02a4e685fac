import React from 'react'

import type { Person, Report } from '../../../../payload-types'
import type { Colophon as Facts } from '../../lib/colophon'

import { isDoc } from '../../lib/content'
import { PageOf } from './PrintContents'

const dateTime = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' })
const count = new Intl.NumberFormat('nl-BE')

const moment = (iso: string) => dateTime.format(new Date(iso))

/**
 * The colophon: what this edition is, which dataset versions its figures were checked against
 * and when, figures the data no longer agrees with, photo credits, and how to check a figure.
 */
export const Colophon = ({ facts, generatedAt, report, site }: { facts: Facts; generatedAt: string; report: Report; site: string }) => {
  const signatory = isDoc<Person>(report.forewordSignatory) ? report.forewordSignatory : null
  const verified =
    facts.verifiedFrom && facts.verifiedUntil
      ? facts.verifiedFrom.slice(0, 16) === facts.verifiedUntil.slice(0, 16)
        ? `op ${moment(facts.verifiedUntil)}`
        : `tussen ${moment(facts.verifiedFrom)} en ${moment(facts.verifiedUntil)}`
      : null
  return (
    <section aria-labelledby="colofon-titel" className="print-colophon" id="colofon">
      <h1 id="colofon-titel">Colofon</h1>
      <p>
        <strong>{report.title}</strong>, {report.organisation}
        {report.policyPeriod ? `, beleidsperiode ${report.policyPeriod}` : ''}. Deze pdf is de gedrukte editie van het online jaarverslag op{' '}
        <a href={site}>{site.replace(/^https?:\/\//, '')}</a>, gemaakt op {moment(generatedAt)} uit dezelfde gepubliceerde inhoud.
        {signatory ? ` Verantwoordelijke uitgever: ${signatory.name}${signatory.function ? `, ${signatory.function}` : ''}.` : ''}
      </p>

      <h2>Kerncijfers en hun data</h2>
      <p>
        Dit verslag drukt {count.format(facts.figures)} kerncijfers die gebonden zijn aan hun data. Elk is bij het publiceren nagekeken tegen de datasets hieronder
        {verified ? ` (laatste controle ${verified})` : ''} en bij het maken van deze pdf opnieuw vergeleken met de data.
        {facts.unbound > 0 ? ` ${count.format(facts.unbound)} cijfers zijn niet aan data gebonden en claimen niets.` : ''}
      </p>
      {facts.datasets.length > 0 ? (
        <table className="print-colophon__datasets">
          <caption>Gebruikte datasets (versie: het aantal toegepaste imports van de dataset; 0 = zoals oorspronkelijk ingevoerd)</caption>
          <thead>
            <tr>
              <th scope="col">Dataset</th>
              <th scope="col">Periode</th>
              <th scope="col">Versie</th>
              <th scope="col">Kerncijfers</th>
            </tr>
          </thead>
          <tbody>
            {facts.datasets.map((dataset) => (
              <tr key={dataset.dataset}>
                <th scope="row">
                  {dataset.title} <span className="print-colophon__slug">({dataset.dataset})</span>
                </th>
                <td>{dataset.period ?? ''}</td>
                <td>{dataset.versions.length ? dataset.versions.join(', ') : '–'}</td>
                <td>{count.format(dataset.figures)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {facts.disagreeing.length > 0 ? (
        <>
          <h2>Sinds de publicatie gewijzigde data</h2>
          <p>Bij deze kerncijfers is de data veranderd nadat ze gepubliceerd werden; het verslag drukt ze zoals ze gepubliceerd zijn:</p>
          <ul>
            {facts.disagreeing.map((figure, index) => (
              <li key={index}>
                {figure.label}: gedrukt {figure.shown}, de data zegt nu {figure.data ?? 'niets bruikbaars'}.
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        Elk kerncijfer staat met zijn bron (dataset, records, bewerking, datasetversie en controlemoment) in het bestand <code>kerncijfers.json</code> dat in deze pdf is
        bijgevoegd. Wie de pdf naast de huidige data wil leggen: <code>npm run figures:verify -- {report.slug ? `${site}/jaarverslagen/${report.slug}/pdf` : '<pdf>'}</code>. De open
        data staat op {site.replace(/^https?:\/\//, '')}/api/key-figures/export?report={report.slug}.
      </p>
      {facts.photos.length > 0 ? (
        <>
          <h2>Foto&apos;s</h2>
          <ul className="print-colophon__photos">
            {facts.photos.map((photo) => (
              <li key={photo.id}>
                <a href={`#${photo.target}`}>
                  Pagina <PageOf target={photo.target} />
                </a>
                : {photo.caption ? `${photo.caption}. ` : ''}Foto: {photo.credit}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
